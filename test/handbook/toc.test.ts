import { describe, expect, inject, test } from 'vitest';
import { sharedBrowser } from '../support/browser-session.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const chromium = sharedBrowser();

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	test('“On this page” lists every section of the page, those components render included, in order and by their text', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const differences: Record<string, { listed: string[]; onPage: string[] }> = {};
		let pagesWithComponentSections = 0;
		for (const path of await sitemapPaths(baseUrl)) {
			await page.goto(new URL(path, baseUrl).href);
			const found = await page.evaluate(() => {
				const toc = document.querySelector('starlight-toc');
				if (!toc) return undefined;
				const depths = [
					Number(toc.getAttribute('data-min-h')),
					Number(toc.getAttribute('data-max-h')),
				];
				const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
				const listed = [...toc.querySelectorAll('a')]
					.filter((link) => link.hash !== '#_top')
					.map((link) => `${decodeURIComponent(link.hash.slice(1))}: ${text(link)}`);
				// Sections of the page's content (not those inside a disclosure, which are not
				// sections a reader navigates to).
				const headings = [...document.querySelectorAll('.sl-markdown-content [id]')].filter(
					(element) =>
						/^H[1-6]$/.test(element.tagName) &&
						Number(element.tagName[1]) >= depths[0]! &&
						Number(element.tagName[1]) <= depths[1]! &&
						!element.closest('details, .not-content'),
				);
				// A heading of Starlight's Markdown has an anchor link beside it; a component's has not.
				const fromComponents = headings.filter(
					(heading) => !heading.parentElement?.classList.contains('sl-heading-wrapper'),
				).length;
				return {
					listed,
					onPage: headings.map((heading) => `${heading.id}: ${text(heading)}`),
					fromComponents,
				};
			});
			if (!found) continue;
			if (found.fromComponents) pagesWithComponentSections++;
			if (JSON.stringify(found.listed) !== JSON.stringify(found.onPage))
				differences[path] = { listed: found.listed, onPage: found.onPage };
		}
		await context.close();
		expect(differences).toEqual({});
		// Every handbook has pages whose sections a component renders (the runbooks index at least).
		expect(pagesWithComponentSections).toBeGreaterThan(0);
	});
});

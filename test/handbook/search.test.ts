import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { sharedBrowser } from '../support/browser-session.ts';
import { loadContent } from '../support/content.ts';

const chromium = sharedBrowser();

/** The first five results' URLs for `query`, from the built Pagefind index, as the search box gets them. */
function topResults(page: Page, query: string): Promise<string[]> {
	// Passed as source text: the test runner would otherwise rewrite the dynamic import.
	return page.evaluate<string[]>(`(async () => {
		const pagefind = await import(location.origin + '/pagefind/pagefind.js');
		await pagefind.init();
		const response = await pagefind.search(${JSON.stringify(query)});
		const top = await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
		return top.map((data) => data.url);
	})()`);
}

describe.each(inject('handbooks'))('$name', ({ baseUrl, contentDir }) => {
	const runbooks = loadContent(contentDir).runbooks;

	test('search finds every runbook first by its title, and in the top five by its first symptom', async () => {
		expect(runbooks.length).toBeGreaterThan(0);
		const page = await (await chromium.browser.newContext()).newPage();
		await page.goto(`${baseUrl}/`);
		const misses: string[] = [];
		for (const runbook of runbooks) {
			const url = `/${runbook.id}/`;
			const byTitle = await topResults(page, runbook.data.title);
			if (byTitle[0] !== url) misses.push(`“${runbook.data.title}” → ${byTitle[0] ?? 'nothing'}`);
			const symptom = runbook.data.symptoms[0];
			if (symptom && !(await topResults(page, symptom)).includes(url)) {
				misses.push(`symptom “${symptom}” does not find ${url}`);
			}
		}
		await page.context().close();
		expect(misses).toEqual([]);
	});
});

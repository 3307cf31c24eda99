import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { loadContent } from '../support/content.ts';

// Phone first, at 3 a.m.: a runbook's first screen leads into the work, and the header fits
// (that no page scrolls sideways at 320 px is checked by crawl.test.ts, on its one visit a page).
const PHONES = [
	{ width: 320, height: 640 },
	{ width: 360, height: 740 },
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
	// Vitest calls what a beforeAll returns after the file's tests: only a browser that launched.
	return () => browser.close();
});

/** How far the first element that is `selector` and displayed lies from the top of the page. */
const firstShown = (page: Page, selector: string) =>
	page.evaluate((selector) => {
		const shown = [...document.querySelectorAll(selector)]
			.map((element) => element.getBoundingClientRect())
			.filter((box) => box.width > 0 && box.height > 0);
		return shown.length ? Math.min(...shown.map((box) => box.bottom)) : undefined;
	}, selector);

describe.each(inject('handbooks'))('$name', ({ baseUrl, contentDir }) => {
	const { runbooks, entries } = loadContent(contentDir);
	// Runbooks with a "Mitigate" section, by convention; a handbook may name its sections otherwise.
	const mitigating = new Set(
		entries
			.filter((entry) => entry.collection === 'docs' && entry.headings?.includes('mitigate'))
			.map((entry) => entry.id),
	);

	test.each(PHONES)(
		'every runbook’s first $width × $height screen leads to each of its sections, Mitigate included',
		async (viewport) => {
			expect(runbooks.length).toBeGreaterThan(0);
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			const misses: string[] = [];
			for (const runbook of runbooks) {
				await page.goto(`${baseUrl}/${runbook.id}/`, { waitUntil: 'load' });
				const sections = await page.$$eval('.sl-markdown-content h2[id]', (headings) =>
					headings.map((heading) => ({ id: heading.id, text: heading.textContent.trim() })),
				);
				if (!sections.length) misses.push(`${runbook.id} has no sections`);
				if (mitigating.has(runbook.id) && !sections.some(({ id }) => id === 'mitigate'))
					misses.push(`${runbook.id}: no Mitigate section on the page`);
				for (const { id, text } of sections) {
					// The link to the section, or the section itself, seen without scrolling.
					const bottom = await firstShown(page, `main a[href="#${id}"], main [id="${id}"]`);
					if (bottom === undefined || bottom > viewport.height)
						misses.push(`${runbook.id}: “${text}” ends at ${bottom} px`);
				}
			}
			await context.close();
			expect(misses).toEqual([]);
		},
	);

	test('on a 320 px phone the site title is not cut off', async () => {
		const context = await browser.newContext({
			viewport: PHONES[0]!,
			isMobile: true,
			hasTouch: true,
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		const title = await page.evaluate(() => {
			const link = document.querySelector('header a[href="/"]')!;
			const text = [...link.querySelectorAll('span')].find((span) => span.offsetParent !== null)!;
			const box = text.getBoundingClientRect();
			// The header clips the title (its own box, or a box around it) before the search button.
			const search = document.querySelector('site-search button')!.getBoundingClientRect();
			let clip: Element | null = text.parentElement;
			while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
			const limit = Math.min(search.left, clip?.getBoundingClientRect().right ?? Infinity);
			return {
				text: text.textContent.trim(),
				fits: text.scrollWidth <= text.clientWidth && box.right <= limit,
			};
		});
		expect(title.fits, `“${title.text}” is cut off`).toBe(true);
		await context.close();
	});

	test('on a touch screen, however wide, the search button offers no Ctrl K', async () => {
		const context = await browser.newContext({
			viewport: { width: 1024, height: 768 },
			isMobile: true,
			hasTouch: true,
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('site-search kbd').first().isVisible()).toBe(false);
		await context.close();
	});

	test('with a keyboard and mouse on a wide screen, the search button shows its shortcut', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		await expect.poll(() => page.locator('site-search kbd').first().isVisible()).toBe(true);
		await context.close();
	});
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { watchPage } from '../support/page-watch.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	test('every page in the sitemap loads with status 200, no console errors and no request to another origin', async () => {
		const paths = await sitemapPaths(baseUrl);
		expect(paths.length).toBeGreaterThan(3);
		const context = await browser.newContext();
		const page = await context.newPage();
		const watch = watchPage(page, baseUrl);
		const failures: string[] = [];
		for (const path of paths) {
			const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
			if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
		}
		await context.close();
		expect(failures).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offOrigin).toEqual([]);
	});
});

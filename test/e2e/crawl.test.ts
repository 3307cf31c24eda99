import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { watchPage } from './support/page-watch.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Every page the sitemap lists, as paths (the sitemap holds the production URLs). */
async function sitemapPaths(): Promise<string[]> {
	const locs = async (path: string) =>
		[...(await (await fetch(new URL(path, baseUrl))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1]!).pathname,
		);
	const sitemaps = await locs('/sitemap-index.xml');
	return (await Promise.all(sitemaps.map(locs))).flat();
}

test('every page in the sitemap loads with status 200, no console errors and no request to another origin', async () => {
	const paths = await sitemapPaths();
	expect(paths.length).toBeGreaterThan(10);
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

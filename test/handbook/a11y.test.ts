import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	test('no page in the sitemap has an axe violation (WCAG 2.2 AA)', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const found: Record<string, unknown> = {};
		for (const path of await sitemapPaths(baseUrl)) {
			await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
			const violations = await axeViolations(page);
			if (violations.length) found[path] = violations;
		}
		await context.close();
		expect(found).toEqual({});
	});
});

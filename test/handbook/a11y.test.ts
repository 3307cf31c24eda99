import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The axe rules whose result depends on the colours, i.e. on the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Opens every disclosure (a runbook's owner and escalation, the mobile table of contents), so
 * what is one tap away is checked too.
 */
const openDisclosures = (page: Page) =>
	page.evaluate(() => {
		for (const details of document.querySelectorAll('details')) details.open = true;
	});

/** Pages checked at once: axe runs in each tab's renderer, so tabs use both cores. */
const TABS = 3;

/**
 * The printable binder is every runbook and reference page again, in one document: those pages
 * are each checked here, and axe takes 20 s over the binder alone. Its ids are checked unique by
 * binder.test.ts.
 */
const isBinder = (path: string) => path.startsWith('/print/');

/**
 * Pages whose colours differ: every runbook is the same template and styles, so one of them
 * stands for all in the dark theme; every other page has components of its own.
 */
function onePerTemplate(paths: string[]): string[] {
	const runbooks = paths.filter((path) => /^\/runbooks\/[^/]+\/$/.test(path));
	return paths.filter((path) => !runbooks.includes(path) || path === runbooks[0]);
}

/** Visits pages in Starlight's theme for `scheme` (it follows the system's by default). */
async function violationsInTheme(
	baseUrl: string,
	scheme: 'light' | 'dark',
	{
		rules,
		sample = (paths) => paths,
	}: { rules?: string[]; sample?: (paths: string[]) => string[] },
) {
	const context = await browser.newContext({ colorScheme: scheme });
	const found: Record<string, unknown> = {};
	const queue = sample((await sitemapPaths(baseUrl)).filter((path) => !isBinder(path)));
	const worker = async () => {
		const page = await context.newPage();
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
			const theme = await page.evaluate(() => document.documentElement.dataset.theme);
			if (theme !== scheme) found[path] = `shown in the ${theme} theme, not ${scheme}`;
			await openDisclosures(page);
			const violations = await axeViolations(page, rules ? { rules } : {});
			if (violations.length) found[path] = violations;
		}
	};
	await Promise.all(Array.from({ length: TABS }, worker));
	await context.close();
	return found;
}

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	test('no page in the sitemap has an axe violation (WCAG 2.2 AA) in the light theme, disclosures open', async () => {
		expect(await violationsInTheme(baseUrl, 'light', {})).toEqual({});
	});

	// Structure, names and roles do not change with the theme; contrast does, page template by
	// page template.
	test('no page template has a contrast violation in the dark theme, disclosures open', async () => {
		expect(
			await violationsInTheme(baseUrl, 'dark', { rules: COLOUR_RULES, sample: onePerTemplate }),
		).toEqual({});
	});
});

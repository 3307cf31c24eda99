import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
	// Vitest calls what a beforeAll returns after the file's tests: only a browser that launched.
	return () => browser.close();
});

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

interface Findings {
	light: Record<string, unknown>;
	dark: Record<string, unknown>;
}

/**
 * Visits every page once in the light theme (every WCAG 2.2 AA rule) and, for one page per
 * template, switches the system's scheme to dark on the same load (the colour rules again).
 * Starlight follows the system's scheme until a reader picks one.
 */
async function crawl(baseUrl: string): Promise<Findings> {
	const context = await browser.newContext({ colorScheme: 'light' });
	const found: Findings = { light: {}, dark: {} };
	const paths = (await sitemapPaths(baseUrl)).filter((path) => !isBinder(path));
	const dark = new Set(onePerTemplate(paths));
	const queue = [...paths];
	const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
	const worker = async () => {
		const page = await context.newPage();
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
			await openDisclosures(page);
			const shown = await theme(page);
			if (shown !== 'light') found.light[path] = `shown in the ${String(shown)} theme, not light`;
			const violations = await axeViolations(page);
			if (violations.length) found.light[path] = violations;
			if (!dark.has(path)) continue;
			await page.emulateMedia({ colorScheme: 'dark' });
			try {
				await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
					timeout: 5000,
				});
			} catch {
				found.dark[path] =
					`still in the ${String(await theme(page))} theme when the system turned dark`;
				continue;
			}
			const darkViolations = await axeViolations(page, { rules: COLOUR_RULES });
			if (darkViolations.length) found.dark[path] = darkViolations;
		}
	};
	await Promise.all(Array.from({ length: TABS }, worker));
	await context.close();
	return found;
}

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	let found: Findings;
	beforeAll(async () => {
		found = await crawl(baseUrl);
	});

	test('no page in the sitemap has an axe violation (WCAG 2.2 AA) in the light theme, disclosures open', () => {
		expect(found.light).toEqual({});
	});

	// Structure, names and roles do not change with the theme; contrast does, page template by
	// page template.
	test('no page template has a contrast violation in the dark theme, disclosures open', () => {
		expect(found.dark).toEqual({});
	});
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBuiltSite } from '../../src/readers/built-site.ts';
import { findDeadLinks } from '../../src/lib/content/dead-links.ts';
import { astroBuild, makeSiteCopy } from '../support/astro-build.ts';
import { launchChromium } from '../support/chromium.ts';
import { HANDBOOK_FIXTURE } from '../support/content.ts';
import { watchPage } from '../support/page-watch.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { serveStatic } from '../support/static-server.ts';

// Served under a sub-path, as a GitHub project page is: the site URL's path is the base
// (astro.config.mjs), and nothing outside it exists on the host.
const BASE = '/handbook/';
const SITE_URL = `https://handbook.example.com${BASE}`;

let site: ReturnType<typeof makeSiteCopy> | undefined;
let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
	site = makeSiteCopy({ content: HANDBOOK_FIXTURE });
	const settings = join(site.root, 'src/content/settings.yaml');
	writeFileSync(
		settings,
		readFileSync(settings, 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: ${SITE_URL}`),
	);
	const { code, output } = await astroBuild(site.root);
	if (code !== 0) throw new Error(output);
	server = await serveStatic(join(site.root, 'dist'), () => [], { base: BASE });
	browser = await launchChromium();
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	site?.remove();
});

/** What beforeAll set up; it throws if that failed, so each test fails with the build's output. */
function built() {
	if (!site || !server || !browser) throw new Error('The site under a sub-path was not built.');
	return { distDir: join(site.root, 'dist'), origin: server.url, browser };
}

const url = (path: string) => new URL(path, built().origin).href;

/** The first two pages in each folder (`/handbook/runbooks/`, `/handbook/tools/templates/`…). */
function twoPerFolder(paths: string[]): string[] {
	const seen = new Map<string, number>();
	return paths.filter((path) => {
		const section = path.replace(/[^/]+\/$/, '');
		const count = seen.get(section) ?? 0;
		seen.set(section, count + 1);
		return count < 2;
	});
}
const hydrated = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
const status = async (path: string) => (await fetch(url(path))).status;

/** Every link, source and form action on the page now (islands included) that stays on the site. */
const sameOriginUrls = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[href], [src], form[action]')]
			.flatMap((element) =>
				['href', 'src', 'action'].map((name) => element.getAttribute(name) ?? ''),
			)
			.filter((value) => value && !value.startsWith('#'))
			.map((value) => new URL(value, location.href))
			.filter((target) => target.origin === location.origin)
			.map((target) => `${target.pathname}${target.search}`),
	);

describe(`served under ${BASE}`, () => {
	test('every link in the built pages leads to a page under the base, anchors included', () => {
		const site = readBuiltSite(built().distDir);
		expect(findDeadLinks(site, { origin: SITE_URL, base: BASE })).toEqual([]);
		// Nothing written from the site's root leaves the base: links, sources, forms, redirects.
		const outside: string[] = [];
		for (const file of site.files) {
			if (!file.endsWith('.html')) continue;
			const html = site.read(file).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
			for (const [, attribute] of html.matchAll(
				/\s(?:href|src|action|poster|content="\d+;\s*url)=["']?(\/[^"'\s>]*)/gi,
			)) {
				if (!attribute!.startsWith(BASE) && !attribute!.startsWith('//'))
					outside.push(`${file}: ${attribute}`);
			}
		}
		expect(outside).toEqual([]);
	});

	test('a page of every kind, and every link on it once its tools run, loads under the base with no error', async () => {
		const all = await sitemapPaths(url(BASE));
		expect(all.length).toBeGreaterThan(3);
		expect(all.filter((path) => !path.startsWith(BASE))).toEqual([]);
		// Pages of one section share their template and scripts: the static check above covers every
		// page's links, this one what only a browser sees (islands' links, assets, the search).
		const paths = twoPerFolder(all);
		const context = await built().browser.newContext();
		const page = await context.newPage();
		const watch = watchPage(page, built().origin);
		const failures: string[] = [];
		const linked = new Set<string>();
		for (const path of paths) {
			const response = await page.goto(url(path), { waitUntil: 'load' });
			if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
			await hydrated(page);
			for (const target of await sameOriginUrls(page)) linked.add(target);
		}
		await context.close();
		for (const target of linked) {
			const code = await status(target);
			if (code !== 200) failures.push(`linked ${target}: HTTP ${code}`);
		}
		expect(failures).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offOrigin).toEqual([]);
	}, 600_000);

	test('alerts.json and runbooks.json give addresses under the base, and each alert permalink reaches its runbook', async () => {
		const alerts = (await (await fetch(url(`${BASE}alerts.json`))).json()) as {
			id: string;
			permalink: string;
			runbook: string;
		}[];
		expect(alerts.length).toBeGreaterThan(0);
		for (const alert of alerts) {
			expect(alert.permalink).toBe(`${SITE_URL}alerts/${alert.id}/`);
			expect(alert.runbook.startsWith(SITE_URL), alert.runbook).toBe(true);
		}
		const runbooks = (await (await fetch(url(`${BASE}runbooks.json`))).json()) as {
			id: string;
		}[];
		expect(runbooks.length).toBeGreaterThan(0);
		const context = await built().browser.newContext();
		const page = await context.newPage();
		const watch = watchPage(page, built().origin);
		const wrong: string[] = [];
		for (const alert of alerts) {
			const runbook = new URL(alert.runbook);
			await page.goto(url(new URL(alert.permalink).pathname));
			await page.waitForURL((at) => at.pathname === runbook.pathname);
			if (new URL(page.url()).hash !== runbook.hash) wrong.push(`${alert.id} → ${page.url()}`);
		}
		// A permalink typed in another case: the 404 page looks it up in alerts.json.
		const mixedCase = alerts.find((alert) => alert.id !== alert.id.toLowerCase());
		expect(mixedCase, 'an alert whose name has capitals').toBeDefined();
		await page.goto(url(`${BASE}alerts/${mixedCase!.id.toLowerCase()}/`));
		await page.waitForURL((at) => at.pathname === new URL(mixedCase!.runbook).pathname);
		await context.close();
		expect(wrong).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	}, 300_000);

	test('a search result, the calculator’s and the clock’s links, and the offline copy stay under the base', async () => {
		const context: BrowserContext = await built().browser.newContext();
		const page = await context.newPage();
		const watch = watchPage(page, built().origin);
		const runbooks = (await (await fetch(url(`${BASE}runbooks.json`))).json()) as {
			id: string;
			title: string;
		}[];
		const [runbook] = runbooks;

		// Search, through Starlight's search box.
		await page.goto(url(BASE));
		await page.locator('button[data-open-modal]').click();
		await page.locator('#starlight__search .pagefind-ui__search-input').fill(runbook!.title);
		const result = page.locator('.pagefind-ui__result-link').first();
		await result.waitFor();
		expect(await result.getAttribute('href')).toBe(`${BASE}${runbook!.id}/`);

		// The calculator, come from a runbook, with every question answered.
		await page.goto(url(`${BASE}tools/severity/?runbook=${encodeURIComponent(runbook!.id)}`));
		await hydrated(page);
		const questions = page.locator('fieldset.fbc__question');
		for (let index = 0; index < (await questions.count()); index++)
			await questions.nth(index).locator('input[type=radio]').first().check();
		await page.getByRole('link', { name: 'Back to the runbook you came from' }).waitFor();
		const calculatorLinks = await sameOriginUrls(page);
		expect(calculatorLinks).toContain(`${BASE}${runbook!.id}/`);

		// The clock the calculator starts, and the template links it offers once started.
		await page.getByRole('link', { name: /^Start incident clock at / }).click();
		await page.waitForURL((at) => at.pathname === `${BASE}tools/incident-clock/`);
		await hydrated(page);
		await page.getByLabel('What is happening').fill('Checkout down');
		await page.getByRole('button', { name: 'Start the clock' }).click();
		await page.getByRole('link', { name: 'Write an update' }).waitFor();
		const clockLinks = await sameOriginUrls(page);
		expect(clockLinks.some((link) => link.startsWith(`${BASE}tools/templates/`))).toBe(true);

		const failures: string[] = [];
		for (const link of new Set([...calculatorLinks, ...clockLinks])) {
			if (!link.startsWith(BASE)) failures.push(`${link}: outside ${BASE}`);
			else if ((await status(link)) !== 200) failures.push(`${link}: not found`);
		}
		expect(failures).toEqual([]);

		// The offline copy's worker controls the handbook, and only the handbook.
		const scope = await page.evaluate(() =>
			navigator.serviceWorker.ready.then((registration) => registration.scope),
		);
		expect(scope).toBe(url(BASE));
		// …and, once it controls the page, serves what it saved at the first visit with the network off.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await context.setOffline(true);
		for (const path of [BASE, `${BASE}runbooks/`, `${BASE}tools/incident-clock/`]) {
			const response = await page.goto(url(path));
			expect(response?.status(), path).toBe(200);
		}
		await context.setOffline(false);
		await context.close();
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offOrigin).toEqual([]);
	}, 300_000);
});

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { offlineStatusText, type OfflineList } from '../../src/lib/offline/offline-list.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { axeViolations } from '../support/axe.ts';
import { launchPersistentChromium } from '../support/chromium.ts';
import { browserSession } from '../support/browser-session.ts';
import { clockDataFor, templatesFor } from '../support/clock-data.ts';
import { HANDBOOK_FIXTURE, loadContent } from '../support/content.ts';
import { isOtherOrigin, watchPage } from '../support/page-watch.ts';
import { searchWithTheBox } from '../support/site-search.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { serveStatic } from '../support/static-server.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const session = browserSession(baseUrl);

// Expectations come from the fixture handbook's own data.
const content = loadContent(HANDBOOK_FIXTURE);
const top = clockDataFor(HANDBOOK_FIXTURE).levels[0]!;
const example = content.severities[0]!.data.examples.find(
	(item) => Object.keys(item.answers).length,
)!;
const filler = [...templatesFor(HANDBOOK_FIXTURE).values()].find((template) =>
	template.fields.some((field) => field.type === 'text' && template.body.includes(field.id)),
)!;
const fillerField = filler.fields.find(
	(field) => field.type === 'text' && filler.body.includes(field.id),
)!;

const status = (page: Page) => page.locator('.fb-offline__status');

/** Every request the context makes to another origin, the service worker's own included. */
function offOriginRequests(context: BrowserContext, origin: string): string[] {
	const seen: string[] = [];
	context.on('request', (request) => {
		if (isOtherOrigin(request.url(), origin)) seen.push(request.url());
	});
	return seen;
}

/** The build's list of what the worker saves in the background. */
function offlineList(): OfflineList {
	const file = readdirSync(distDir).find((name) => /^offline-pages\.[0-9a-f]+\.json$/.test(name));
	return JSON.parse(readFileSync(join(distDir, file!), 'utf8')) as OfflineList;
}

/**
 * One visit: the worker installs (the precache is complete before it activates), takes control,
 * and saves the rest in the background; the footer counts the pages as they are saved.
 */
async function visitOnceAndWait(page: Page, url: string, pages: number) {
	await page.goto(url);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const everything = offlineStatusText({ available: pages, total: pages, outdated: 0 });
	await expect
		.poll(() => status(page).textContent(), { timeout: 90_000, interval: 500 })
		.toBe(everything);
	// Redirects (alert permalinks) come last and are not counted as pages: wait for them too.
	const list = offlineList();
	const saved = () =>
		page.evaluate(async () => [
			(await (await caches.open('firebreak-pages')).keys()).length,
			(await (await caches.open('firebreak-files')).keys()).length,
		]);
	await expect
		.poll(saved, { timeout: 60_000, interval: 500 })
		.toEqual([list.pages.length + list.redirects.length, list.files.length]);
}

const hydrated = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

describe('the offline copy, in Chromium', () => {
	test('after one visit, every page, the search and every tool work with the network off', async () => {
		const { page, context } = session;
		const paths = await sitemapPaths(baseUrl);
		const elsewhere = offOriginRequests(context, baseUrl);
		await visitOnceAndWait(page, `${baseUrl}/runbooks/high-error-rate/`, paths.length);

		await context.setOffline(true);
		// The network really is gone, for the worker too: a page it never saved cannot be fetched,
		// and the worker says so in a page of its own. The browser reports exactly that failure.
		const other = await context.newPage();
		const otherWatch = watchPage(other, baseUrl);
		const unsaved = await other.goto(`${baseUrl}/no-such-page/`);
		expect(unsaved?.status()).toBe(503);
		expect(await other.locator('h1').textContent()).toBe('This page is not saved on this device');
		expect(await other.locator('main').textContent()).toContain(
			offlineStatusText({ available: paths.length, total: paths.length, outdated: 0 }),
		);
		expect(otherWatch.consoleErrors.every((error) => error.includes('/no-such-page/'))).toBe(true);
		expect(otherWatch.consoleErrors.join('\n')).toContain('ERR_INTERNET_DISCONNECTED');
		await other.close();

		// Every page, four tabs at a time (each watched like the test's own page).
		const tabs = await Promise.all([1, 2, 3, 4].map(() => context.newPage()));
		const tabWatches = tabs.map((tab) => watchPage(tab, baseUrl));
		await Promise.all(
			tabs.map(async (tab, index) => {
				for (const path of paths.filter((_, n) => n % tabs.length === index)) {
					const response = await tab.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
					expect(response?.status(), path).toBe(200);
					const stamp = tab.locator('time[data-built-at]');
					expect(await stamp.count(), path).toBe(1);
					expect(Date.parse((await stamp.getAttribute('datetime'))!), path).not.toBeNaN();
				}
				await tab.close();
			}),
		);
		expect(tabWatches.flatMap((watch) => watch.consoleErrors)).toEqual([]);

		// Search: Starlight's search box, Pagefind's index and result fragments, all from the cache.
		const results = await searchWithTheBox(page, `${baseUrl}/runbooks/`, 'HighErrorRate');
		expect(await results.first().getAttribute('href')).toBe('/runbooks/high-error-rate/');

		// The calculator answers from a shared link (its query is ignored by the cache, not lost)…
		await page.goto(`${baseUrl}/tools/severity/?${new URLSearchParams(example.answers)}`);
		await hydrated(page);
		expect(await page.locator('.fbc__level strong').textContent()).toBe(top.label);
		// …and hands over to the incident clock, which declares an incident.
		await page.getByRole('link', { name: `Start incident clock at ${top.label}` }).click();
		await page.waitForURL(/\/tools\/incident-clock\//);
		await hydrated(page);
		await expect.poll(() => page.getByLabel('Severity').inputValue()).toBe(top.id);
		await page.getByLabel('What is happening').fill('Checkout down, offline');
		await page.getByRole('button', { name: 'Start the clock' }).click();
		await page.getByRole('heading', { name: 'Checkout down, offline' }).waitFor();

		// A template filler fills in what is typed.
		await page.goto(`${baseUrl}/tools/templates/${filler.id}/`);
		await hydrated(page);
		await page.locator(`#fbt-${fillerField.id}`).fill('Typed while offline');
		await expect
			.poll(() => page.getByLabel('Message preview').textContent())
			.toContain('Typed while offline');

		// An alert permalink still forwards to its runbook.
		await page.goto(`${baseUrl}/alerts/HighErrorRate/`);
		await page.waitForURL(/\/runbooks\/high-error-rate\//);

		expect(elsewhere).toEqual([]);
	});

	test('the handbook installs: a valid web app manifest named from the settings, with icons', async () => {
		// Chrome never offers to install from an incognito profile, which every test context is:
		// this one check runs in a profile of its own.
		const profile = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'offline-profile-'));
		const context = await launchPersistentChromium(profile);
		try {
			const page = await context.newPage();
			const watch = watchPage(page, baseUrl);
			await page.goto(`${baseUrl}/`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const cdp = await context.newCDPSession(page);
			const manifest = (await cdp.send('Page.getAppManifest', {})) as {
				errors: unknown[];
				data: string;
			};
			expect(manifest.errors).toEqual([]);
			const data = JSON.parse(manifest.data) as { name: string; short_name: string };
			expect(data.name).toBe(content.settings.title);
			expect(data.short_name.length).toBeGreaterThan(0);
			const installable = (await cdp.send('Page.getInstallabilityErrors')) as {
				installabilityErrors: unknown[];
			};
			expect(installable.installabilityErrors).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.offOrigin).toEqual([]);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});
});

describe('a new build, in Chromium', () => {
	// Two copies of the built site: the second is a new build whose home page changed, and so its
	// worker too (the home page's revision in the precache manifest), as a real rebuild's would.
	let first: string;
	let second: string;
	let host: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		first = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'offline-first-'));
		second = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'offline-second-'));
		cpSync(distDir, first, { recursive: true });
		cpSync(distDir, second, { recursive: true });
		const home = join(second, 'index.html');
		writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ' (second build)</h1>'));
		const worker = join(second, 'sw.js');
		const code = readFileSync(worker, 'utf8');
		const changed = code.replace(/(url:"index\.html",revision:")[^"]+/, '$1second-build');
		expect(changed).not.toBe(code);
		writeFileSync(worker, changed);
		host = await serveStatic(first);
		// Vitest calls what a beforeAll returns after the tests: only a server that started.
		return () => host.close();
	});
	afterAll(() => {
		for (const dir of [first, second]) rmSync(dir, { recursive: true, force: true });
	});

	test('is offered as a reload, and the reload shows it', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const watch = watchPage(page, host.url);
		try {
			await page.goto(`${host.url}/`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const offer = page.getByRole('status').filter({ hasText: 'A newer version is available' });
			expect(await offer.isVisible()).toBe(false);

			host.deploy(second);
			// The old copy still answers (the new worker waits), but the reader is told.
			await page.reload();
			await offer.waitFor();
			expect(await page.locator('h1').first().textContent()).not.toContain('second build');
			// The footer, with the offer and the offline status showing, is accessible.
			await page.locator('.fb-offline__status').waitFor();
			expect(await axeViolations(page)).toEqual([]);

			await Promise.all([
				page.waitForEvent('load'),
				offer.getByRole('button', { name: 'Reload' }).click(),
			]);
			await expect.poll(() => page.locator('h1').first().textContent()).toContain('second build');
			expect(await offer.isVisible()).toBe(false);
			expect(
				await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting === null),
			).toBe(true);
		} finally {
			await context.close();
		}
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offOrigin).toEqual([]);
	});
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sharedBrowser } from '../support/browser-session.ts';
import { watchPage } from '../support/page-watch.ts';
import { searchWithTheBox } from '../support/site-search.ts';

const baseUrl = inject('baseUrl');
// One page for every search, so Pagefind loads its index once.
const chromium = sharedBrowser();
let page: Page;
let watch: ReturnType<typeof watchPage>;

interface Hit {
	url: string;
	title: string;
	filters: Record<string, string[]>;
	sub: string[];
}

beforeAll(async () => {
	page = await (await chromium.browser.newContext()).newPage();
	watch = watchPage(page, baseUrl);
	await page.goto(`${baseUrl}/`);
});
afterAll(() => {
	expect(watch.offOrigin).toEqual([]);
});

/** Searches the built Pagefind index in the browser, exactly as the site's search box does. */
async function search(query: string, filters: Record<string, string> = {}): Promise<Hit[]> {
	// Passed as source text: the test runner would otherwise rewrite the dynamic import.
	const script = `(async () => {
		const pagefind = await import(location.origin + '/pagefind/pagefind.js');
		await pagefind.init();
		const response = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const top = await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
		return top.map((d) => ({ url: d.url, title: d.meta.title, filters: d.filters, sub: d.sub_results.map((s) => s.url) }));
	})()`;
	return page.evaluate<Hit[]>(script);
}

describe('search, on the built site', () => {
	test('an alert name finds its runbook first', async () => {
		const [first] = await search('HighErrorRate');
		expect(first?.url).toBe('/runbooks/high-error-rate/');
	});

	test('a symptom finds the runbook that lists it first: "too many connections" → pool exhaustion', async () => {
		const [first] = await search('too many connections');
		expect(first?.url).toBe('/runbooks/database-connection-pool-exhausted/');
	});

	test.each([
		['429', 'external-api-rate-limiting'],
		['OOMKilled', 'high-memory-usage'],
		['certificate has expired', 'tls-certificate-expiry'],
		['deadlock detected', 'slow-queries-and-locks'],
		['connection refused', 'database-connection-failures'],
		['execution failed', 'llm-provider-failure'],
		['ServiceDown', 'complete-outage'],
	])('"%s" finds the %s runbook first', async (query, slug) => {
		const [first] = await search(query);
		expect(first?.url).toBe(`/runbooks/${slug}/`);
	});

	test('a severity alias surfaces the level: "P0" → SEV1 on the severity levels page', async () => {
		const hits = await search('P0');
		const levels = hits.find((hit) => hit.url === '/process/severity-levels/');
		expect(levels, JSON.stringify(hits.map((hit) => hit.url))).toBeDefined();
		expect(levels!.sub).toContain('/process/severity-levels/#sev1');
	});

	test('runbooks carry kind, severity and service filters', async () => {
		const [first] = await search('HighErrorRate');
		expect(first?.filters.kind).toEqual(['Runbook']);
		expect(first?.filters.severity).toEqual(expect.arrayContaining(['SEV2']));
		expect(first?.filters.service).toEqual(['api']);
		const onlyProcess = await search('severity', { kind: 'Process' });
		expect(onlyProcess.length).toBeGreaterThan(0);
		expect(onlyProcess.every((hit) => hit.filters.kind?.includes('Process'))).toBe(true);
	});

	test('a service name finds its runbooks, and the service filter lists them', async () => {
		const [first] = await search('redis');
		expect(first?.url).toBe('/runbooks/cache-failure/');
		const script = `(async () => {
			const pagefind = await import(location.origin + '/pagefind/pagefind.js');
			const response = await pagefind.search(null, { filters: { service: 'postgres' } });
			return Promise.all(response.results.map(async (result) => (await result.data()).url));
		})()`;
		const postgres = await page.evaluate<string[]>(script);
		expect(postgres).toEqual(
			expect.arrayContaining([
				'/runbooks/database-connection-pool-exhausted/',
				'/runbooks/slow-queries-and-locks/',
			]),
		);
		expect(postgres).not.toContain('/runbooks/cache-failure/');
	});

	test('the search box shows results and filters for kind, severity and service', async () => {
		const results = await searchWithTheBox(page, `${baseUrl}/runbooks/`, 'HighErrorRate');
		expect(await results.first().getAttribute('href')).toBe('/runbooks/high-error-rate/');
		const filterNames = await page.locator('.pagefind-ui__filter-name').allTextContents();
		expect(filterNames.map((name) => name.trim().toLowerCase())).toEqual(
			expect.arrayContaining(['kind', 'severity', 'service']),
		);
	});
});

describe('the search box loads Pagefind’s UI when the reader reaches for it', () => {
	const searchField = (tab: Page) => tab.locator('#starlight__search .pagefind-ui__search-input');
	const pagefindUiDrawn = (tab: Page) => tab.locator('#starlight__search .pagefind-ui__drawer');
	/** A fresh tab on a runbook, settled, with every script it requests from now on recorded. */
	async function settledRunbookTab() {
		const tab = await (await chromium.browser.newContext()).newPage();
		const tabWatch = watchPage(tab, baseUrl);
		await tab.goto(`${baseUrl}/runbooks/high-error-rate/`, { waitUntil: 'networkidle' });
		// Starlight loads the search box's UI module once the browser is idle: here the stand-in,
		// which draws its field at once.
		await searchField(tab).waitFor({ state: 'attached' });
		const scripts: string[] = [];
		tab.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		return { tab, tabWatch, scripts };
	}

	test('a page that is only read downloads none of it; pointing at the search button loads it', async () => {
		const { tab, tabWatch, scripts } = await settledRunbookTab();
		// Idle time is when Starlight would have loaded it.
		await tab.waitForTimeout(1000);
		expect(scripts).toEqual([]);
		expect(await pagefindUiDrawn(tab).count()).toBe(0);
		await tab.locator('site-search button[data-open-modal]').hover();
		await pagefindUiDrawn(tab).waitFor({ state: 'attached' });
		expect(scripts.length).toBeGreaterThan(0);
		expect([...tabWatch.consoleErrors, ...tabWatch.offOrigin]).toEqual([]);
		await tab.context().close();
	});

	test('what is typed while it loads is searched, in the field that keeps the focus', async () => {
		const { tab, tabWatch } = await settledRunbookTab();
		await tab.route('**/_astro/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 800));
			await route.continue();
		});
		await tab.keyboard.press('Control+k');
		await tab.keyboard.type('HighErrorRate', { delay: 20 });
		// Still the stand-in (the UI is held back 800 ms): it looks exactly like Pagefind's field.
		expect(await pagefindUiDrawn(tab).count()).toBe(0);
		const before = await searchField(tab).boundingBox();
		const first = tab.locator('.pagefind-ui__result-link').first();
		await first.waitFor();
		expect(await first.getAttribute('href')).toBe('/runbooks/high-error-rate/');
		expect(await searchField(tab).boundingBox()).toEqual(before);
		expect(await searchField(tab).inputValue()).toBe('HighErrorRate');
		expect(await searchField(tab).evaluate((field) => field === document.activeElement)).toBe(true);
		expect([...tabWatch.consoleErrors, ...tabWatch.offOrigin]).toEqual([]);
		await tab.context().close();
	});

	test('the first results show every filter group, even when a filter’s index arrives late', async () => {
		const { tab, tabWatch } = await settledRunbookTab();
		// One filter's index arrives late. A search reports only the filters whose index has
		// arrived, so the UI, searching as soon as it starts, would show the others alone.
		let held = false;
		await tab.route('**/pagefind/filter/*', async (route) => {
			if (!held) {
				held = true;
				await new Promise((resolve) => setTimeout(resolve, 1500));
			}
			await route.continue();
		});
		await tab.keyboard.press('Control+k');
		await tab.keyboard.type('HighErrorRate', { delay: 20 });
		await tab.locator('.pagefind-ui__result-link').first().waitFor();
		const filterNames = await tab.locator('.pagefind-ui__filter-name').allTextContents();
		expect(filterNames.map((name) => name.trim().toLowerCase()).sort()).toEqual([
			'kind',
			'service',
			'severity',
		]);
		expect([...tabWatch.consoleErrors, ...tabWatch.offOrigin]).toEqual([]);
		await tab.context().close();
	});

	test('when it cannot load, the box says so and tries again as the reader types', async () => {
		const { tab, tabWatch } = await settledRunbookTab();
		await tab.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'));
		await tab.keyboard.press('Control+k');
		await tab.keyboard.type('High', { delay: 20 });
		await tab.getByRole('status').filter({ hasText: 'Search could not load' }).waitFor();
		await tab.unroute('**/_astro/*.js');
		await tab.keyboard.type('ErrorRate', { delay: 20 });
		await tab.locator('.pagefind-ui__result-link').first().waitFor();
		expect(await searchField(tab).inputValue()).toBe('HighErrorRate');
		// The browser reports each request the test cut off; nothing else may go wrong.
		const cutOff = /Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
		expect(tabWatch.consoleErrors.filter((error) => !cutOff.test(error))).toEqual([]);
		expect(tabWatch.consoleErrors.length).toBeGreaterThan(0);
		expect(tabWatch.offOrigin).toEqual([]);
		await tab.context().close();
	});
});

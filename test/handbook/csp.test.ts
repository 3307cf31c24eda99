import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { loadContent } from '../support/content.ts';
import { projectHeaderRules, serveWithHeaders } from '../support/host-headers.ts';
import { watchPage } from '../support/page-watch.ts';
import { cspRecordingContext, explainViolation } from './support/csp-recorder.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
	// Vitest calls what a beforeAll returns after the file's tests: only a browser that launched.
	return () => browser.close();
});

const hydrated = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

describe.each(inject('handbooks'))('$name', ({ distDir, contentDir }) => {
	const content = loadContent(contentDir);
	// The headers public/_headers has a host send, on top of each page's own <meta> policy.
	let site: Awaited<ReturnType<typeof serveWithHeaders>>;
	beforeAll(async () => {
		site = await serveWithHeaders(distDir, projectHeaderRules());
		return () => site.close();
	});

	// Every page is checked once by crawl.test.ts; here, what only happens when a reader acts.
	test('no tool state breaks the Content-Security-Policy, with the headers hosts send', async () => {
		const { context, violations } = await cspRecordingContext(browser);
		const page = await context.newPage();
		const watch = watchPage(page, site.url);
		const visit = async (path: string) => {
			await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
		};

		// An alert's permalink: a redirect page without scripts, then the runbook section it leads to.
		const alert = content.entries.find((entry) => entry.collection === 'alerts');
		if (alert) {
			await visit(`/alerts/${alert.id}/`);
			await page.waitForURL((url) => !url.pathname.startsWith('/alerts/'));
			await page.waitForLoadState('load');
		}

		// Search: Pagefind runs its WebAssembly in a worker, or in the page where workers are
		// unavailable, which only the page policy's 'wasm-unsafe-eval' allows. Both ways, here.
		const search = async (target: Page) => {
			await target.goto(new URL('/', site.url).href, { waitUntil: 'load' });
			await target.locator('site-search button[data-open-modal]').click();
			await target
				.locator('site-search dialog .pagefind-ui__search-input')
				.fill(content.runbooks[0]!.data.title);
			await target.locator('.pagefind-ui__result-link').first().waitFor();
		};
		await search(page);
		const noWorkers = await context.newPage();
		const noWorkersWatch = watchPage(noWorkers, site.url);
		await noWorkers.addInitScript(`Object.defineProperty(window, 'Worker', { value: undefined });`);
		await search(noWorkers);
		await noWorkers.close();

		// The calculator with answers, then an incident declared on the clock from its result.
		const example = content.severities
			.flatMap((severity) => severity.data.examples)
			.find((item) => Object.keys(item.answers).length);
		expect(example, 'a severity example with answers').toBeDefined();
		await visit(`/tools/severity/?${new URLSearchParams(example!.answers)}`);
		await hydrated(page);
		await page.getByRole('link', { name: /^Start incident clock at/ }).click();
		await page.waitForURL(/\/tools\/incident-clock\//);
		await hydrated(page);
		await page.getByLabel('What is happening').fill('Checkout down');
		await page.getByRole('button', { name: 'Start the clock' }).click();
		await page.getByRole('heading', { name: 'Checkout down' }).waitFor();

		// A message template filled in, with the declared incident in this browser's storage.
		const template = content.entries.find((entry) => entry.collection === 'templates');
		if (template) {
			await visit(`/tools/templates/${template.id}/`);
			await hydrated(page);
			await page.getByRole('textbox').first().fill('Checkout is failing for some customers');
		}

		await context.close();
		expect(violations.map(explainViolation)).toEqual([]);
		expect([...watch.consoleErrors, ...noWorkersWatch.consoleErrors]).toEqual([]);
		expect([...watch.offOrigin, ...noWorkersWatch.offOrigin]).toEqual([]);
	});
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { HASHES_HOME } from '../../src/lib/security/csp.ts';
import { launchChromium } from '../support/chromium.ts';
import { loadContent } from '../support/content.ts';
import { projectHeaderRules, serveWithHeaders } from '../support/host-headers.ts';
import { watchPage } from '../support/page-watch.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

interface Violation {
	page: string;
	directive: string;
	blocked: string;
	source: string;
	/** For a blocked inline `<script>` or `<style>`: the hash that would allow it. */
	hash?: string;
}

/** What to do about a violation: the hash to add for an inline script or style, else what was blocked. */
function explain(violation: Violation): string {
	const where = `${new URL(violation.page).pathname}: ${violation.directive} blocked ${violation.blocked || 'inline'}`;
	if (!violation.hash) return `${where} (from ${violation.source || 'the page'})`;
	const home = violation.directive.startsWith('script')
		? HASHES_HOME
		: 'security.csp.styleDirective.hashes in astro.config.mjs';
	return `${where}: add \`${violation.hash}\` to ${home}`;
}

/**
 * A context whose pages report every `securitypolicyviolation`, with the hash of a blocked inline
 * script or style computed in the page from the element's own text.
 */
async function recordingContext(): Promise<{ context: BrowserContext; violations: Violation[] }> {
	const violations: Violation[] = [];
	const context = await browser.newContext();
	await context.exposeBinding(
		'__recordCspViolation',
		({ page }, violation: Omit<Violation, 'page'>) => {
			violations.push({ page: page.url(), ...violation });
		},
	);
	// Passed as source text, so the test runner's transforms cannot change what runs in the page.
	await context.addInitScript(`
		document.addEventListener('securitypolicyviolation', async (event) => {
			const target = event.target;
			let hash;
			if ((target instanceof HTMLScriptElement && !target.src) || target instanceof HTMLStyleElement) {
				const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(target.textContent ?? ''));
				hash = 'sha256-' + btoa(String.fromCharCode(...new Uint8Array(digest)));
			}
			window.__recordCspViolation({
				directive: event.effectiveDirective,
				blocked: event.blockedURI,
				source: event.sourceFile ? event.sourceFile + ':' + event.lineNumber : '',
				hash,
			});
		}, true);
	`);
	return { context, violations };
}

const hydrated = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

describe.each(inject('handbooks'))('$name', ({ distDir, contentDir }) => {
	const content = loadContent(contentDir);
	// The headers public/_headers has a host send, on top of each page's own <meta> policy.
	let site: Awaited<ReturnType<typeof serveWithHeaders>>;
	beforeAll(async () => {
		site = await serveWithHeaders(distDir, projectHeaderRules());
	});
	afterAll(() => site?.close());

	test('no page and no tool state breaks the Content-Security-Policy, with the headers hosts send', async () => {
		const { context, violations } = await recordingContext();
		const page = await context.newPage();
		const watch = watchPage(page, site.url);
		const visit = async (path: string) => {
			await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
		};

		const paths = await sitemapPaths(site.url);
		expect(paths).toContain('/print/');
		for (const path of [...paths, '/no-such-page/']) await visit(path);
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
			await target.locator('site-search dialog input').fill(content.runbooks[0]!.data.title);
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
		expect(violations.map(explain)).toEqual([]);
		expect([...watch.consoleErrors, ...noWorkersWatch.consoleErrors]).toEqual([]);
		expect([...watch.offOrigin, ...noWorkersWatch.offOrigin]).toEqual([]);
	});
});

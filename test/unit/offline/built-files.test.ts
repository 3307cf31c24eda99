import { describe, expect, test } from 'vitest';
import {
	isRedirectPage,
	kindOf,
	pageUrl,
	revisionText,
} from '../../../src/lib/offline/built-files.ts';

describe('what a device saves, and when', () => {
	test.each([
		// The shell: every page's own CSS, JS and fonts, and the data the tools read.
		['_astro/ui-core.DdZDRPcq.js', 'shell'],
		['_astro/middleware.BWgDkLKj.css', 'shell'],
		['_astro/inter.B1a2C3d4.woff2', 'shell'],
		['runbooks.json', 'shell'],
		['manifest.webmanifest', 'shell'],
		['icons/maskable.svg', 'shell'],
		// The search index, but not Pagefind's UIs the site does not use.
		['pagefind/pagefind.js', 'search'],
		['pagefind/pagefind-worker.js', 'search'],
		['pagefind/pagefind-entry.json', 'search'],
		['pagefind/pagefind.en_ac7d1559c4.pf_meta', 'search'],
		['pagefind/index/en_8a1b2c3.pf_index', 'search'],
		['pagefind/filter/en_4d5e6f7.pf_filter', 'search'],
		['pagefind/pagefind-ui.js', 'skip'],
		['pagefind/pagefind-component-ui.js', 'skip'],
		['pagefind/pagefind-highlight.js', 'skip'],
		// Pages needed before anything is read: home, the runbooks index, every tool.
		['index.html', 'precached-page'],
		['runbooks/index.html', 'precached-page'],
		['tools/severity/index.html', 'precached-page'],
		['tools/templates/status-investigating/index.html', 'precached-page'],
		// Everything else waits for the background, however many runbooks there are.
		['runbooks/high-error-rate/index.html', 'page'],
		['process/severity-levels/index.html', 'page'],
		['pagefind/fragment/en_1234abc.pf_fragment', 'file'],
		['_astro/diagram.Ab12Cd34.webp', 'file'],
		// Not needed offline.
		['404.html', 'skip'],
		['sitemap-index.xml', 'skip'],
		['alerts.json', 'skip'],
		['sw.js', 'skip'],
	] as const)('%s: %s', (path, kind) => {
		expect(kindOf(path)).toBe(kind);
	});

	test('a page that only forwards elsewhere is a redirect, wherever it is', () => {
		expect(kindOf('alerts/HighErrorRate/index.html', { redirect: true })).toBe('redirect');
		expect(kindOf('alerts/index.html', { redirect: false })).toBe('page');
	});

	test("only the WebAssembly of the index's own languages is precached", () => {
		expect(kindOf('pagefind/wasm.en.pagefind', { pagefindWasm: ['en'] })).toBe('search');
		expect(kindOf('pagefind/wasm.unknown.pagefind', { pagefindWasm: ['en'] })).toBe('skip');
	});

	test('a built file maps to the URL it is served at', () => {
		expect(pageUrl('index.html')).toBe('');
		expect(pageUrl('runbooks/index.html')).toBe('runbooks/');
		expect(pageUrl('runbooks/x/index.html')).toBe('runbooks/x/');
		expect(pageUrl('print.html')).toBe('print.html');
	});

	test('a redirect page is recognised by its meta refresh', () => {
		expect(isRedirectPage('<meta http-equiv="refresh" content="0;url=/runbooks/x/">')).toBe(true);
		expect(isRedirectPage('<META HTTP-EQUIV=refresh content="0;url=/">')).toBe(true);
		expect(isRedirectPage('<p>Use http-equiv="refresh" to redirect.</p>')).toBe(false);
	});
});

describe('page revisions', () => {
	test("ignore what every build changes without changing the page: the stamp and Astro's island ids", () => {
		const page = (uid: string, builtAt: string) =>
			`<astro-island uid="${uid}" component-url="/_astro/Calc.A1.js"></astro-island>` +
			`<time datetime="${builtAt}" data-built-at>Built ${builtAt}</time>`;
		expect(revisionText(page('1thgfK', '2026-11-18T11:06:40Z'))).toBe(
			revisionText(page('4z3M1', '2026-11-19T14:53:20Z')),
		);
		expect(revisionText(page('1thgfK', 'x'))).toBe(
			'<astro-island component-url="/_astro/Calc.A1.js"></astro-island>',
		);
	});

	test('a changed island bundle is a changed page', () => {
		const page = (bundle: string) =>
			`<astro-island uid="a" component-url="/_astro/${bundle}"></astro-island>`;
		expect(revisionText(page('Calc.A1.js'))).not.toBe(revisionText(page('Calc.B2.js')));
	});
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readOfflineBuild } from '../../../src/integrations/service-worker/offline-build.ts';

let dist: string;
const write = (path: string, content: string) => {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), content);
};
const page = (body: string, builtAt = '2026-11-23T03:00:00.000Z') =>
	`<html><body>${body}<time datetime="${builtAt}" data-built-at>Built</time></body></html>`;

beforeEach(() => {
	dist = mkdtempSync(join(tmpdir(), 'firebreak-offline-'));
	write('index.html', page('Home'));
	write('runbooks/index.html', page('All runbooks'));
	write('runbooks/high-error-rate/index.html', page('High error rate'));
	write('tools/severity/index.html', page('Calculator'));
	write(
		'alerts/HighErrorRate/index.html',
		'<meta http-equiv="refresh" content="0;url=/runbooks/high-error-rate/">',
	);
	write('404.html', page('Not found'));
	write('print/index.html', page('Every runbook. '.repeat(100))); // saved after smaller pages
	write('_astro/ui.Ab12Cd34.js', 'export {}');
	write('runbooks.json', '[]');
	write('pagefind/pagefind.js', '');
	write('pagefind/pagefind-entry.json', '{"languages":{"en":{"hash":"en_1","wasm":"en"}}}');
	write('pagefind/wasm.en.pagefind', 'wasm');
	write('pagefind/wasm.unknown.pagefind', 'wasm');
	write('pagefind/fragment/en_9.pf_fragment', 'fragment');
	write('sitemap-index.xml', '<sitemapindex/>');
	write('offline-pages.0123456789abcdef.json', '{}'); // a previous run's list is not listed again
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('reading the built site for the offline copy', () => {
	test('sorts every file: precache, background pages, redirects and files', () => {
		const { precache, list } = readOfflineBuild(dist);
		expect(precache.map((entry) => entry.url).sort()).toEqual([
			'_astro/ui.Ab12Cd34.js',
			'index.html',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind.js',
			'pagefind/wasm.en.pagefind',
			'runbooks.json',
			'runbooks/index.html',
			'tools/severity/index.html',
		]);
		expect([...list.precachedPages].sort()).toEqual(['', 'runbooks/', 'tools/severity/']);
		expect(list.pages.map(([url]) => url)).toEqual(['runbooks/high-error-rate/', 'print/']);
		expect(list.redirects.map(([url]) => url)).toEqual(['alerts/HighErrorRate/']);
		expect(list.files).toEqual(['pagefind/fragment/en_9.pf_fragment']);
	});

	test('files named by their content are not cache-busted; the others carry a revision', () => {
		const { precache } = readOfflineBuild(dist);
		const revision = (url: string) => precache.find((entry) => entry.url === url)?.revision;
		expect(revision('_astro/ui.Ab12Cd34.js')).toBeNull();
		expect(revision('runbooks.json')).toMatch(/^[0-9a-f]{16}$/);
		expect(revision('index.html')).toMatch(/^[0-9a-f]{16}$/);
	});

	test('a rebuild that changes only the built-at stamp keeps every revision; a changed page gets a new one', () => {
		const before = readOfflineBuild(dist);
		write('index.html', page('Home', '2026-12-01T00:00:00.000Z'));
		write(
			'runbooks/high-error-rate/index.html',
			page('High error rate', '2026-12-01T00:00:00.000Z'),
		);
		const restamped = readOfflineBuild(dist);
		expect(restamped.precache).toEqual(before.precache);
		expect(restamped.list).toEqual(before.list);
		write('runbooks/high-error-rate/index.html', page('High error rate, revised'));
		expect(readOfflineBuild(dist).list.pages[0]![1]).not.toBe(before.list.pages[0]![1]);
		expect(readOfflineBuild(dist).list.pages[1]).toEqual(before.list.pages[1]);
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../support/astro-build.ts';
import {
	headersFor,
	nginxAddHeaders,
	parseHeadersFile,
	patternMatches,
	projectHeaderRules,
} from '../../support/host-headers.ts';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const rules = projectHeaderRules();

describe('parseHeadersFile and patternMatches', () => {
	test('read rules, headers and comments as Netlify and Cloudflare Pages do', () => {
		expect(parseHeadersFile('# c\n/*\n  A: 1; b\n\n/x/:id/*\n  B: 2\n')).toEqual([
			{ pattern: '/*', headers: [['A', '1; b']] },
			{ pattern: '/x/:id/*', headers: [['B', '2']] },
		]);
		expect(() => parseHeadersFile('  A: 1\n')).toThrow(/line 1/);
		expect(patternMatches('/*', '/runbooks/x/')).toBe(true);
		expect(patternMatches('/_astro/*', '/_astro/a.js')).toBe(true);
		expect(patternMatches('/_astro/*', '/runbooks/')).toBe(false);
		expect(patternMatches('/x/:id/', '/x/1/')).toBe(true);
		expect(patternMatches('/x/:id/', '/x/1/2/')).toBe(false);
	});
});

describe('public/_headers', () => {
	const page = new Map(headersFor(rules, '/runbooks/x/'));

	test('every page is sent the security headers a static host should send', () => {
		expect(page.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
		expect(page.get('Strict-Transport-Security')).toMatch(/max-age=\d{8}/);
		expect(page.get('X-Content-Type-Options')).toBe('nosniff');
		expect(page.get('Referrer-Policy')).toBeTruthy();
		expect(page.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
		expect(page.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
		expect(page.get('Permissions-Policy')).toContain('camera=()');
	});

	test('stays within Cloudflare Pages’ limits (100 rules, 2,000 characters a line)', () => {
		expect(rules.length).toBeLessThanOrEqual(100);
		for (const { pattern, headers } of rules) {
			for (const [name, value] of headers)
				expect(`${name}: ${value}`.length, pattern).toBeLessThan(2000);
		}
	});
});

describe('deploy/ for nginx', () => {
	test('sends exactly the headers public/_headers sends, on every location', () => {
		const snippet = nginxAddHeaders(read('deploy/firebreak-headers.conf'));
		expect(snippet).toEqual(headersFor(rules, '/index.html'));
		const server = read('deploy/nginx.conf');
		const locations = [...server.matchAll(/location\s+([^{]+)\{([^}]*)\}/g)];
		for (const [, where, body] of locations) {
			// nginx drops inherited add_header lines in a location with its own, so each must include them.
			if (!/return 404/.test(body!))
				expect(body, where).toContain('include snippets/firebreak-headers.conf;');
		}
	});

	test('caches Astro’s content-named bundles as public/_headers does', () => {
		const astro = /location \/_astro\/ \{([^}]*)\}/.exec(read('deploy/nginx.conf'))?.[1] ?? '';
		const cache = new Map(nginxAddHeaders(astro)).get('Cache-Control');
		expect(cache).toBe(new Map(headersFor(rules, '/_astro/x.js')).get('Cache-Control'));
		expect(cache).toContain('immutable');
	});
});

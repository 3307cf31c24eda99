import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	allowsInline,
	auditProblems,
	auditSite,
	cspHash,
	parsePolicy,
	scanInline,
} from '../../../src/lib/security/csp.ts';
import { formatProblems } from '../../../src/lib/content/problem.ts';

const THEME = `\n\twindow.theme = localStorage.getItem('theme');\n`;
const THEME_HASH = `sha256-${createHash('sha256').update(THEME).digest('base64')}` as const;
const page = (policy: string, body: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('cspHash and parsePolicy', () => {
	test('hash the exact text, as browsers do', () => {
		expect(cspHash(THEME)).toBe(THEME_HASH);
		expect(cspHash(THEME.trim())).not.toBe(THEME_HASH);
	});

	test('a policy keeps the first of a repeated directive', () => {
		const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a='; script-src *;");
		expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a='"]);
		expect(policy.get('default-src')).toEqual(["'self'"]);
	});
});

describe('allowsInline', () => {
	test('follows the fallbacks: script-src-elem, then script-src, then default-src', () => {
		const hash = cspHash('x');
		expect(allowsInline(parsePolicy(`script-src 'self' '${hash}'`), 'script', hash)).toBe(true);
		expect(
			allowsInline(parsePolicy(`script-src '${hash}'; script-src-elem 'self'`), 'script', hash),
		).toBe(false);
		expect(allowsInline(parsePolicy("default-src 'self'"), 'script', hash)).toBe(false);
		expect(allowsInline(parsePolicy("img-src 'self'"), 'script', hash)).toBe(true);
		expect(allowsInline(parsePolicy(`style-src-elem '${hash}'`), 'style', hash)).toBe(true);
	});

	test("'unsafe-inline' counts only without hashes; handlers need 'unsafe-hashes'", () => {
		const hash = cspHash('alert(1)');
		expect(allowsInline(parsePolicy("script-src 'unsafe-inline'"), 'script', hash)).toBe(true);
		expect(
			allowsInline(parsePolicy(`script-src 'unsafe-inline' 'sha256-b='`), 'script', hash),
		).toBe(false);
		expect(allowsInline(parsePolicy(`script-src '${hash}'`), 'handler', hash)).toBe(false);
		expect(allowsInline(parsePolicy(`script-src 'unsafe-hashes' '${hash}'`), 'handler', hash)).toBe(
			true,
		);
	});
});

describe('scanInline', () => {
	test('finds meta policies, executed inline scripts, styles and handlers; skips data blocks and external scripts', () => {
		const scanned = scanInline(
			page(
				"script-src 'self'",
				`<script>${THEME}</script><script type="module">import './a.js';</script>` +
					`<script src="/b.js"></script><script type="application/ld+json">{"a":1}</script>` +
					`<style>p{color:red}</style><button onclick="go()">Go</button>`,
			),
		);
		expect(scanned.policies).toEqual(["script-src 'self'"]);
		expect(scanned.inline).toEqual([
			{ kind: 'script', text: THEME },
			{ kind: 'script', text: "import './a.js';" },
			{ kind: 'style', text: 'p{color:red}' },
			{ kind: 'handler', text: 'go()', where: '<button onclick>' },
		]);
	});
	test('reads attributes, not text that looks like them, and skips comments', () => {
		const scanned = scanInline(
			page(
				"script-src 'self'",
				`<p title="turn on=off" data-x='a onclick=b'>on=1</p><!-- <script>old()</script> -->` +
					`<img alt=x ONLOAD=go() src=/a.png><script type=module>run()</script>`,
			),
		);
		expect(scanned.inline).toEqual([
			{ kind: 'handler', text: 'go()', where: '<img onload>' },
			{ kind: 'script', text: 'run()' },
		]);
	});
});

describe('auditSite', () => {
	test('groups a blocked script by hash across pages and names the hash to add', () => {
		const policy = `default-src 'self'; script-src 'self'; style-src-elem 'self' '${cspHash('p{}')}'`;
		const audit = auditSite([
			['/a/', page(policy, `<script>${THEME}</script><style>p{}</style>`)],
			['/b/', page(policy, `<script>${THEME}</script>`)],
			['/c/', page(`script-src 'self' '${THEME_HASH}'`, `<script>${THEME}</script>`)],
		]);
		expect(audit.blocked).toEqual([
			{
				kind: 'script',
				hash: THEME_HASH,
				pages: ['/a/', '/b/'],
				sample: "window.theme = localStorage.getItem('theme');",
			},
		]);
		const report = formatProblems(auditProblems(audit));
		expect(report).toContain(`'${THEME_HASH}'`);
		expect(report).toContain('TRUSTED_INLINE_SCRIPT_HASHES');
		expect(report).toContain('Also on 1 other page(s)');
	});

	test("flags pages without a policy, with 'unsafe-inline' for scripts, and inline handlers", () => {
		const audit = auditSite([
			['/none/', `<p>x</p><script>${THEME}</script>`],
			['/static/', '<p>nothing inline</p>'],
			['/loose/', page("script-src 'self' 'unsafe-inline'", `<script>${THEME}</script>`)],
			['/handler/', page("script-src 'self'", '<a onclick="x()">x</a>')],
		]);
		expect(audit.unprotected).toEqual(['/none/']);
		expect(audit.unsafeInline).toEqual(['/loose/']);
		expect(audit.blocked.map((item) => [item.kind, item.pages])).toEqual([
			['handler', ['/handler/']],
		]);
		expect(auditProblems(audit)).toHaveLength(3);
	});

	test('a header policy sent by the host is enforced alongside the page’s own', () => {
		const pages = [
			['/a/', page("script-src 'self' 'unsafe-inline'", `<script>${THEME}</script>`)],
		] as const;
		expect(auditSite(pages).blocked).toEqual([]);
		expect(auditSite(pages, ["script-src 'self'"]).blocked.map((item) => item.hash)).toEqual([
			THEME_HASH,
		]);
	});
});

import { expect, test } from 'vitest';
import { rebaseRootLinks } from '../../src/lib/html/base-links.ts';

const BASE = '/handbook/';

test('links, sources and forms from the site’s root go under the base', () => {
	const html =
		'<a href="/process/escalation/#sev1">x</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x">' +
		'<link rel="icon" href="/favicon.svg"><form action="/search/"></form>';
	expect(rebaseRootLinks(html, BASE)).toBe(
		'<a href="/handbook/process/escalation/#sev1">x</a>' +
			'<img src="/handbook/a.png" srcset="/handbook/a.png 1x, /handbook/b.png 2x">' +
			'<link rel="icon" href="/handbook/favicon.svg"><form action="/handbook/search/"></form>',
	);
});

test('a meta refresh’s target goes under the base', () => {
	expect(
		rebaseRootLinks('<meta http-equiv="refresh" content="0;url=/runbooks/x/#mitigate">', BASE),
	).toBe('<meta http-equiv="refresh" content="0;url=/handbook/runbooks/x/#mitigate">');
	expect(rebaseRootLinks('<meta name="x" content="0;url=/a/">', BASE)).toBe(
		'<meta name="x" content="0;url=/a/">',
	);
});

test('links already under the base, relative, other sites and anchors are left as they are', () => {
	const html =
		'<a href="/handbook/tools/">a</a><a href="#top">b</a><a href="x/">c</a>' +
		'<a href="https://example.com/">d</a><a href="//cdn.example/x">e</a><a href="mailto:a@b">f</a>' +
		'<script type="module" src="/handbook/_astro/x.js"></script>';
	expect(rebaseRootLinks(html, BASE)).toBe(html);
});

test('text, scripts and other attributes are copied byte for byte; entities stay escaped', () => {
	const html =
		'<p data-x="/not/a/link">/also/not</p><script>const a = "<a href=\\"/x/\\">";</script>' +
		'<a class="c" href="/tools/clock/?a=1&amp;b=2" title="/t/">x</a>';
	expect(rebaseRootLinks(html, BASE)).toBe(
		'<p data-x="/not/a/link">/also/not</p><script>const a = "<a href=\\"/x/\\">";</script>' +
			'<a class="c" href="/handbook/tools/clock/?a=1&amp;b=2" title="/t/">x</a>',
	);
});

test('at the root nothing changes', () => {
	const html = '<a href="/process/">x</a>';
	expect(rebaseRootLinks(html, '/')).toBe(html);
});

import { expect, test } from 'vitest';
import {
	baseFromSiteUrl,
	isUnderBase,
	normaliseBase,
	withBase,
	withoutBase,
} from '../../../src/lib/url/base-path.ts';

test('a base has one slash at each end, whatever was written', () => {
	expect(normaliseBase('/')).toBe('/');
	expect(normaliseBase('')).toBe('/');
	expect(normaliseBase('/handbook')).toBe('/handbook/');
	expect(normaliseBase('handbook/')).toBe('/handbook/');
	expect(normaliseBase('/a/b//')).toBe('/a/b/');
});

test('the base is the site URL’s path', () => {
	expect(baseFromSiteUrl('https://handbook.example.com')).toBe('/');
	expect(baseFromSiteUrl('https://example.github.io/handbook/')).toBe('/handbook/');
	expect(baseFromSiteUrl('https://example.github.io/handbook')).toBe('/handbook/');
});

test('paths from the root go under the base; other links are left alone', () => {
	expect(withBase('/tools/severity/?runbook=x#y', '/handbook/')).toBe(
		'/handbook/tools/severity/?runbook=x#y',
	);
	expect(withBase('/', '/handbook')).toBe('/handbook/');
	expect(withBase('/tools/', '/')).toBe('/tools/');
	for (const other of ['#top', 'x/', '//cdn.example/x', 'https://example.com/', 'mailto:a@b'])
		expect(withBase(other, '/handbook/')).toBe(other);
});

test('a path under the base is recognised, and taken back out of it', () => {
	expect(isUnderBase('/handbook/tools/', '/handbook/')).toBe(true);
	expect(isUnderBase('/handbook', '/handbook/')).toBe(true);
	expect(isUnderBase('/handbookish/', '/handbook/')).toBe(false);
	expect(isUnderBase('/tools/', '/')).toBe(true);
	expect(withoutBase('/handbook/tools/', '/handbook/')).toBe('/tools/');
	expect(withoutBase('/handbook', '/handbook/')).toBe('/');
	expect(withoutBase('/tools/', '/handbook/')).toBeUndefined();
	expect(withoutBase('/tools/', '/')).toBe('/tools/');
	expect(withoutBase(withBase('/a/b/', '/x/y/'), '/x/y/')).toBe('/a/b/');
});

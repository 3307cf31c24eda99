import { describe, expect, inject, test } from 'vitest';
import { readBuiltSite } from '../../src/readers/built-site.ts';
import { findDeadLinks } from '../../src/lib/content/dead-links.ts';

// The same pass the build runs after writing the pages (src/lib/content/dead-links.ts), here over
// each handbook's built site, so a dead link cannot reach a reader through any path.
describe.each(inject('handbooks'))('$name', ({ distDir }) => {
	test('every internal link and anchor in the built site resolves', () => {
		expect(findDeadLinks(readBuiltSite(distDir))).toEqual([]);
	});
});

import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { closest, suggestRenamed } from '../../../src/lib/content/closest.ts';
import { describeField } from '../../../src/lib/content/describe-field.ts';
import { formatPath } from '../../../src/lib/content/problem.ts';
import { docsId } from '../../../src/readers/read-content.ts';
import { dataSchemas } from '../../../src/schemas/index.ts';
import { plainReference } from '../../../src/schemas/reference.ts';

describe('suggestRenamed', () => {
	const p0p3 = [
		{ id: 'p0', names: ['P0', 'SEV1', 'Critical'] },
		{ id: 'p1', names: ['P1', 'SEV2'] },
	];
	test('an id left over from a renamed scale finds the level that now carries its name', () => {
		expect(suggestRenamed('sev1', p0p3)).toBe('p0');
		expect(suggestRenamed('critical', p0p3)).toBe('p0');
	});
	test('otherwise falls back to the nearest id', () => {
		expect(suggestRenamed('p-0', p0p3)).toBe('p0');
		expect(suggestRenamed('major', p0p3)).toBeUndefined();
	});
});

describe('closest', () => {
	test('suggests the id one typo away', () => {
		expect(closest('primary-on-call', ['primary-oncall', 'secondary-oncall'])).toBe(
			'primary-oncall',
		);
	});
	test('suggests nothing when two candidates are equally close', () => {
		expect(closest('sev5', ['sev1', 'sev2'])).toBeUndefined();
	});
	test('suggests nothing for an unrelated name', () => {
		expect(closest('night-shift', ['cto', 'ceo', 'team-lead'])).toBeUndefined();
	});
});

describe('describeField', () => {
	const { escalation, severities } = dataSchemas(plainReference);
	test('finds a nested field’s description through arrays and wrappers', () => {
		expect(describeField(escalation, ['steps', 0, 'targets'])).toMatch(/Role ids engaged/);
		expect(describeField(severities, ['updateEveryMinutes', 'monitoring'])).toMatch(
			/while monitoring/,
		);
	});
	test('returns undefined for a path outside the schema', () => {
		expect(describeField(z.object({ a: z.string() }), ['b'])).toBeUndefined();
	});
});

test('formatPath writes paths the way authors point at fields', () => {
	expect(formatPath(['steps', 1, 'targets', 0])).toBe('steps[1].targets[0]');
	expect(formatPath([])).toBe('');
});

describe('docsId matches the ids Astro gives docs pages', () => {
	test.each([
		['index.mdx', 'index'],
		['runbooks/index.mdx', 'runbooks'],
		['runbooks/High Error Rate.md', 'runbooks/high-error-rate'],
		['process/severity-levels.mdx', 'process/severity-levels'],
	])('%s → %s', (path, id) => {
		expect(docsId(path)).toBe(id);
	});
});

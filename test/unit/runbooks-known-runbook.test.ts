import { describe, expect, test } from 'vitest';
import { knownRunbook, runbookHref } from '../../src/lib/runbooks/known-runbook.ts';

const runbooks = [
	{ id: 'runbooks/high-error-rate', title: 'High error rate' },
	{ id: 'runbooks/connection-pool', title: 'Connection pool exhausted' },
];

describe('knownRunbook', () => {
	test('accepts exactly the id of a runbook the handbook has, and links to its page', () => {
		const runbook = knownRunbook('runbooks/connection-pool', runbooks);
		expect(runbook).toBe(runbooks[1]);
		expect(runbookHref(runbook!)).toBe('/runbooks/connection-pool/');
	});

	test.each([
		['protocol-relative', '//evil.example'],
		['protocol-relative with a path', '//evil.example/runbooks/high-error-rate'],
		['a numeric host that becomes protocol-relative', '/134744072'],
		['a dotted numeric host', '//8.8.8.8/'],
		['a script URL', 'javascript:alert(1)'],
		['an absolute URL', 'https://evil.example/x'],
		['encoded slashes', 'runbooks%2Fhigh-error-rate'],
		['encoded protocol-relative', '%2F%2Fevil.example'],
		['backslashes', '\\\\evil.example'],
		['a leading slash', '/runbooks/high-error-rate'],
		['a trailing slash', 'runbooks/high-error-rate/'],
		['a parent path', 'runbooks/../runbooks/high-error-rate'],
		['another case', 'Runbooks/High-Error-Rate'],
		['surrounding space', ' runbooks/high-error-rate'],
		['an unknown runbook', 'runbooks/no-such-runbook'],
		['a page that is not a runbook', 'process/on-call'],
		['empty', ''],
	])('drops %s (%s)', (_, id) => {
		expect(knownRunbook(id, runbooks)).toBeUndefined();
	});

	test('drops everything when the list is not known (yet)', () => {
		expect(knownRunbook('runbooks/high-error-rate', [])).toBeUndefined();
		expect(knownRunbook(null, runbooks)).toBeUndefined();
		expect(knownRunbook(undefined, runbooks)).toBeUndefined();
	});
});

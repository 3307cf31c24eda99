import { describe, expect, test } from 'vitest';
import { knownRunbook, runbookHref } from '../../src/lib/runbooks/known-runbook.ts';
import { hostileRunbookIds } from '../support/hostile-ids.ts';

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

	test.each([...hostileRunbookIds('runbooks/high-error-rate'), ['empty', '']])(
		'drops %s (%s)',
		(_, id) => {
			expect(knownRunbook(id, runbooks)).toBeUndefined();
		},
	);

	test('drops everything when the list is not known (yet)', () => {
		const none: typeof runbooks = [];
		expect(knownRunbook('runbooks/high-error-rate', none)).toBeUndefined();
		expect(knownRunbook(null, runbooks)).toBeUndefined();
		expect(knownRunbook(undefined, runbooks)).toBeUndefined();
	});
});

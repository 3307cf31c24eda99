import { describe, expect, test } from 'vitest';
import { clockHref, describeLinks } from '../../../src/lib/severity/result-links.ts';
import { calculatorDataFor, FIXTURE_P0_P3 } from '../../support/content.ts';
import { hostileRunbookIds } from '../../support/hostile-ids.ts';

const data = calculatorDataFor(FIXTURE_P0_P3);
const answers = { scope: 'everything' };
const knownRunbooks = [
	{ id: 'runbooks/connection-pool', title: 'Database connection pool exhausted' },
	{ id: 'runbooks/other', title: 'Another runbook' },
];
const links = (from: Parameters<typeof describeLinks>[3]) =>
	describeLinks(data, answers, 'p0', from);

test('the clock link carries the level and everything else in the query', () => {
	const href = clockHref('sev2', 'impact=core-down&title=API');
	const url = new URL(href, 'https://x.test');
	expect(url.pathname).toBe('/tools/incident-clock/');
	expect(Object.fromEntries(url.searchParams)).toEqual({
		impact: 'core-down',
		title: 'API',
		severity: 'sev2',
	});
});

test('the clock link names the people the answers bring in, and only then', () => {
	const bring = (ids: string[]) =>
		new URL(clockHref('p0', 'bring=stale', ids), 'https://x.test').searchParams.get('bring');
	expect(bring(['cto', 'ceo'])).toBe('cto,ceo');
	expect(bring([])).toBeNull();
});

describe('the link back to the runbook the reader came from', () => {
	test('is the page of a runbook the handbook has, built from its id', () => {
		expect(links({ fromRunbook: 'runbooks/connection-pool', knownRunbooks }).backTo).toBe(
			'/runbooks/connection-pool/',
		);
	});

	test('the runbook the reader came from is not offered again among those that fit', () => {
		const ids = (from: Parameters<typeof links>[0]) => links(from).runbooks.map(({ id }) => id);
		expect(ids({})).toContain('runbooks/connection-pool');
		expect(ids({ fromRunbook: 'runbooks/connection-pool', knownRunbooks })).not.toContain(
			'runbooks/connection-pool',
		);
	});

	test.each(hostileRunbookIds('runbooks/connection-pool'))(
		'is absent for %s (%j), which names no known runbook',
		(_label, fromRunbook) => {
			expect(links({ fromRunbook, knownRunbooks }).backTo).toBeUndefined();
		},
	);

	test('is absent without a runbook, and until the list of runbooks is known', () => {
		expect(links({ knownRunbooks }).backTo).toBeUndefined();
		expect(
			links({ fromRunbook: 'runbooks/connection-pool', knownRunbooks: [] }).backTo,
		).toBeUndefined();
		expect(links({ fromRunbook: 'runbooks/connection-pool' }).backTo).toBeUndefined();
	});
});

import { describe, expect, test } from 'vitest';
import { incidentChannelName, slugify } from '../../../src/lib/incident/channel-name.ts';
import { readAnswers, writeAnswers } from '../../../src/lib/severity/answers-url.ts';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { clockHref, describeResult } from '../../../src/lib/severity/describe-result.ts';
import { UNSURE } from '../../../src/lib/severity/model.ts';
import { calculatorDataFor, FIXTURE_P0_P3, loadContent } from '../../support/content.ts';

const { model } = loadContent();
const now = new Date('2026-11-22T03:14:00Z');

describe('incident channel names', () => {
	test('fill the date (UTC) and a slug of the title into the pattern', () => {
		expect(
			incidentChannelName('#incident-{date}-{slug}', now, 'Checkout: 500s after deploy!'),
		).toBe('#incident-2026-11-22-checkout-500s-after-deploy');
	});
	test('keep a visible placeholder when there is no title yet', () => {
		expect(incidentChannelName('#inc-{slug}', now)).toBe('#inc-short-name');
	});
	test('slugs drop accents and punctuation and stay short', () => {
		expect(slugify('  Crème brûlée — déjà vu  ')).toBe('creme-brulee-deja-vu');
		expect(slugify('x'.repeat(80))).toHaveLength(40);
	});
});

describe('answers in the URL', () => {
	test('round-trip, keeping unrelated parameters', () => {
		const search = writeAnswers(
			model,
			{ impact: 'core-down', users: UNSURE },
			'?runbook=runbooks%2Fhigh-error-rate',
		);
		expect(readAnswers(model, search)).toEqual({ impact: 'core-down', users: UNSURE });
		expect(new URLSearchParams(search).get('runbook')).toBe('runbooks/high-error-rate');
	});
	test('drop unknown questions and options from a hand-edited link', () => {
		expect(readAnswers(model, '?impact=meltdown&users=all&foo=bar')).toEqual({ users: 'all' });
	});
	test('clearing an answer removes it from the URL', () => {
		expect(writeAnswers(model, {}, '?impact=core-down')).toBe('');
	});
});

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

describe('the link back to the runbook the reader came from', () => {
	const data = calculatorDataFor(FIXTURE_P0_P3);
	const answers = { scope: 'everything' };
	const result = computeSeverity(data.model, answers);
	const knownRunbooks = [
		{ id: 'runbooks/connection-pool', title: 'Database connection pool exhausted' },
		{ id: 'runbooks/other', title: 'Another runbook' },
	];
	const backTo = (fromRunbook: string | undefined, known = knownRunbooks) =>
		describeResult(data, result, answers, {
			now,
			...(fromRunbook === undefined ? {} : { fromRunbook }),
			knownRunbooks: known,
		})?.backTo;

	test('is the page of a runbook the handbook has, built from its id', () => {
		expect(backTo('runbooks/connection-pool')).toBe('/runbooks/connection-pool/');
	});

	test('the runbook the reader came from is not offered again among those that fit', () => {
		expect(
			describeResult(data, result, answers, { now })?.runbooks.map((runbook) => runbook.id),
		).toContain('runbooks/connection-pool');
		const view = describeResult(data, result, answers, {
			now,
			fromRunbook: 'runbooks/connection-pool',
			knownRunbooks,
		});
		expect(view?.runbooks.map((runbook) => runbook.id)).not.toContain('runbooks/connection-pool');
	});

	test.each([
		'//evil.example',
		'/134744072',
		'//134744072',
		'javascript:alert(1)',
		'https://evil.example/x',
		'runbooks%2Fconnection-pool',
		'%2F%2Fevil.example',
		'/runbooks/connection-pool',
		'runbooks/no-such-runbook',
	])('is absent for %j, which names no known runbook', (fromRunbook) => {
		expect(backTo(fromRunbook)).toBeUndefined();
	});

	test('is absent without a runbook, and until the list of runbooks is known', () => {
		expect(backTo(undefined)).toBeUndefined();
		expect(backTo('runbooks/connection-pool', [])).toBeUndefined();
		expect(
			describeResult(data, result, answers, { now, fromRunbook: 'runbooks/connection-pool' })
				?.backTo,
		).toBeUndefined();
	});
});

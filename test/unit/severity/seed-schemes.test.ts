// Two seed organisations' own schemes, written as handbooks (test/fixtures/scheme-seed-*), checked
// row by row against the seed documents they come from. Each row cites its seed line.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { describeResult } from '../../../src/lib/severity/describe-result.ts';
import { UNSURE, type Answers } from '../../../src/lib/severity/model.ts';
import { PROJECT_ROOT } from '../../support/astro-build.ts';
import { calculatorDataFor, HANDBOOK_FIXTURE, loadContent } from '../../support/content.ts';

const now = new Date('2026-11-23T03:00:00Z');
const fixture = (name: string) => join(PROJECT_ROOT, 'test/fixtures', name);

describe('seed 003 (SEV 1–4): its severity matrix and definitions', () => {
	const data = calculatorDataFor(fixture('scheme-seed-003'));
	const level = (answers: Answers) => computeSeverity(data.model, answers).level;
	const view = (answers: Answers) =>
		describeResult(data, computeSeverity(data.model, answers), answers, { now })!;

	// [seed line, row as the seed writes it, answers, level]
	const rows: [number, string, Answers, string][] = [
		[552, 'Complete outage | All | Any', { impact: 'complete-outage', users: 'all' }, 'sev1'],
		[
			553,
			'Core feature down | > 50% | > 1 hour',
			{ impact: 'core-down', users: 'over-50', downtime: '1-2h' },
			'sev1',
		],
		[
			554,
			'Core feature degraded | > 25% | > 2 hours',
			{ impact: 'core-degraded', users: '25-50', downtime: '2-4h' },
			'sev2',
		],
		[555, 'Minor feature down | < 25% | Any', { impact: 'minor-down', users: '10-25' }, 'sev2'],
		[
			556,
			'Performance issue | Any | > 4 hours',
			{ impact: 'performance', users: 'all', downtime: 'over-4h' },
			'sev2',
		],
		[
			557,
			'Non-critical feature | < 10% | Any',
			{ impact: 'non-critical', users: 'under-10' },
			'sev3',
		],
		[29, 'Data breach or security incident', { data: 'breach' }, 'sev1'],
		[31, 'Financial impact > $10k/hour', { money: 'over-10k' }, 'sev1'],
		[44, 'Data inconsistency', { data: 'inconsistent' }, 'sev2'],
		[64, 'Cosmetic issues', { impact: 'cosmetic' }, 'sev4'],
	];
	test.each(rows)('line %i: %s', (_line, _row, answers, expected) => {
		expect(level(answers)).toBe(expected);
	});

	test('line 54: fewer than 10 % of users is at most SEV 3, and the result says why', () => {
		const answers = { impact: 'core-down', users: 'under-10', downtime: 'over-4h' };
		expect(level(answers)).toBe('sev3');
		const result = view(answers);
		expect(result.setting.map((reason) => reason.id)).toEqual(['few-users']);
		// What the rules alone would give stays visible as "also true".
		expect(result.alsoTrue.map((reason) => reason.level)).toContain('SEV2');
	});

	test('line 54: the ceiling does not hold when data or security is involved', () => {
		const few = { impact: 'core-down', users: 'under-10' };
		expect(level({ ...few, data: 'inconsistent' })).toBe('sev2');
		expect(level({ ...few, security: 'exploited' })).toBe('sev1');
	});

	test('an unsure answer never lets the ceiling lower the level', () => {
		const answers = { impact: 'core-down', downtime: 'over-4h' };
		expect(level({ ...answers, users: 'under-10' })).toBe('sev3');
		expect(level({ ...answers, users: UNSURE })).toBe('sev1');
		expect(level({ ...answers, users: 'under-10', data: UNSURE })).toBe('sev1');
	});

	test('line 562: SEV 1 pages on-call → team lead → CTO at once, in that order', () => {
		expect(view({ impact: 'complete-outage' }).page).toEqual([
			{ when: 'At once', who: 'On-call engineer → Team lead → CTO' },
		]);
	});

	test('line 563: SEV 2 pages the team lead after 30 minutes without acknowledgement', () => {
		expect(view({ impact: 'minor-down', users: 'all' }).page.map((step) => step.who)).toEqual([
			'On-call engineer',
			'Team lead',
		]);
	});

	test('line 564: SEV 3 brings in the team lead the next day while unresolved', () => {
		expect(view({ impact: 'non-critical' }).whileUnresolved).toEqual([
			{ when: 'After 1 day unresolved', who: 'Team lead' },
		]);
	});

	test('line 565: SEV 4 pages nobody and opens a ticket', () => {
		const result = view({ impact: 'cosmetic' });
		expect(result.pagesNobody).toBe(true);
		expect(result.page).toEqual([]);
		expect(result.open).toEqual(['A ticket']);
	});

	test('lines 34–37: SEV 1 opens what the seed lists, in its words', () => {
		expect(view({ impact: 'complete-outage' }).open).toEqual([
			'An incident channel: #inc-2026-11-23-short-name',
			'An incident bridge',
			'A status page update: https://status.gpt-agents.example',
			'Leadership notified',
		]);
	});
});

describe('seed 000 (P0–P3): its levels and when to escalate', () => {
	const data = calculatorDataFor(fixture('scheme-seed-000'));
	const view = (answers: Answers) =>
		describeResult(data, computeSeverity(data.model, answers), answers, { now })!;

	const rows: [number, string, Answers, string][] = [
		[13, 'Service completely down', { service: 'down' }, 'p0'],
		[13, 'data loss', { data: 'lost' }, 'p0'],
		[13, 'security breach', { security: 'breach' }, 'p0'],
		[14, 'Major feature broken', { service: 'major-feature' }, 'p1'],
		[14, 'significant performance degradation', { performance: 'significant' }, 'p1'],
		[15, 'Minor feature broken', { service: 'minor-feature' }, 'p2'],
		[15, 'moderate performance issues', { performance: 'moderate' }, 'p2'],
		[16, 'Cosmetic issues, minor bugs', { service: 'cosmetic' }, 'p3'],
	];
	test.each(rows)('line %i: %s', (_line, _row, answers, expected) => {
		expect(computeSeverity(data.model, answers).level).toBe(expected);
	});

	// [seed line, trigger, answers, who is brought in]
	const triggers: [number, string, Answers, string[]][] = [
		[
			359,
			'Security incident → Engineering Lead',
			{ service: 'minor-feature', security: 'incident' },
			['Engineering lead'],
		],
		[
			360,
			'Data loss risk → Engineering Lead (and line 365: customer data at risk → CTO)',
			{ service: 'cosmetic', data: 'at-risk' },
			['Engineering lead', 'CTO'],
		],
		[364, 'Security breach confirmed → CTO', { security: 'breach' }, ['Engineering lead', 'CTO']],
		[
			369,
			'Security breach with data exposure → CEO',
			{ security: 'exposure' },
			['Engineering lead', 'CTO', 'CEO'],
		],
		[371, 'Customer data loss → CEO', { data: 'lost' }, ['Engineering lead', 'CTO', 'CEO']],
		[356, 'Nothing that triggers anyone', { service: 'down' }, []],
	];
	test.each(triggers)('line %i: %s', (_line, _trigger, answers, who) => {
		expect(view(answers).bringIn.map((item) => item.who)).toEqual(who);
	});

	test('line 357–366: P0 brings in the engineering lead at 30 min, the CTO at 1 h and the CEO at 4 h unresolved', () => {
		expect(view({ service: 'down' }).whileUnresolved).toEqual([
			{ when: 'After 30 min unresolved', who: 'Engineering lead' },
			{ when: 'After 1 h unresolved', who: 'CTO' },
			{ when: 'After 4 h unresolved', who: 'CEO' },
		]);
	});

	test('a level without a response time or update cadence says so', () => {
		const result = view({ service: 'minor-feature' });
		expect(result.respondWithin).toBe('No target (business hours)');
		expect(result.updates.every((update) => update.every === 'no scheduled updates')).toBe(true);
		expect(result.summary).not.toMatch(/Respond within/);
		expect(result.open).toEqual([]);
	});

	test('"not sure" about security rounds up: everyone a breach would bring in is brought in', () => {
		const result = view({ service: 'major-feature', security: UNSURE });
		expect(result.level.id).toBe('p0');
		expect(result.bringIn.map((item) => item.who)).toEqual(['Engineering lead', 'CTO', 'CEO']);
		expect(result.bringIn[0]!.assumed[0]).toMatch(/not sure, so counted as/);
	});
});

describe('the default handbook (its frozen copy) gives the seeds’ performance and error-rate levels', () => {
	const { model } = loadContent(HANDBOOK_FIXTURE);
	const level = (answers: Answers) => computeSeverity(model, answers).level;
	// [seed, line, case, answers a reader following the option labels gives, level]
	const cases: [string, number, string, Answers, string][] = [
		['004', 22, 'API response times > 5s for majority of requests', { latency: 'over-5s' }, 'sev2'],
		[
			'004',
			25,
			'Authentication service intermittent failures',
			{ impact: 'core-degraded', errors: 'over-5' },
			'sev2',
		],
		[
			'004',
			33,
			'Slight performance degradation (< 2x normal)',
			{ impact: 'performance', latency: 'slower' },
			'sev3',
		],
		['002', 24, 'Elevated error rates (> 5%)', { errors: 'over-5' }, 'sev2'],
		['002', 32, 'Moderate error rates (1-5%)', { errors: '1-5' }, 'sev3'],
		['002', 40, 'Low error rates (< 1%)', { errors: 'under-1' }, 'sev4'],
		[
			'002',
			22,
			'Significant performance degradation',
			{ impact: 'core-degraded', latency: 'over-5s' },
			'sev2',
		],
		['002', 31, 'Performance slightly degraded', { latency: 'slower' }, 'sev3'],
		[
			'003',
			556,
			'Performance issue | Any | > 4 hours',
			{ impact: 'performance', duration: 'over-4h' },
			'sev2',
		],
	];
	test.each(cases)('seed %s line %i: %s', (_seed, _line, _text, answers, expected) => {
		expect(level(answers)).toBe(expected);
	});
});

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { UNSURE, type AssessmentModel } from '../../../src/lib/severity/model.ts';
import { PROJECT_ROOT } from '../../support/astro-build.ts';
import { loadContent } from '../../support/content.ts';

const { model, severities } = loadContent();
const level = (answers: Record<string, string>) => computeSeverity(model, answers).level;

describe('with the default rules', () => {
	test('no answers give no level, not a default', () => {
		const result = computeSeverity(model, {});
		expect(result.level).toBeNull();
		expect(result.matches).toEqual([]);
		expect(result.unanswered).toEqual(model.questions.map((question) => question.id));
	});

	test.each(['over-4h', '2-4h', '1-2h', 'under-1h'])(
		'a complete outage for all users is SEV1 after %s',
		(duration) => {
			expect(level({ impact: 'full-outage', users: 'all', duration })).toBe('sev1');
		},
	);

	test('a core feature degraded for more than 25 % of users for more than 2 hours is SEV2', () => {
		for (const users of ['all', 'over-50', '25-50']) {
			for (const duration of ['over-4h', '2-4h'])
				expect(level({ impact: 'core-degraded', users, duration })).toBe('sev2');
		}
	});

	test('a minor feature down for under 10 % of users is SEV3 or lower', () => {
		const rank = (id: string | null) =>
			severities.find((severity) => severity.id === id)!.data.rank;
		expect(rank(level({ impact: 'minor-down', users: 'under-10' }))).toBeGreaterThanOrEqual(3);
		expect(
			rank(
				level({ impact: 'minor-down', users: 'under-10', duration: 'under-1h', errors: 'normal' }),
			),
		).toBeGreaterThanOrEqual(3);
	});

	test('confirmed data loss or a security exposure is SEV1 whatever else is answered', () => {
		const mild = {
			impact: 'cosmetic',
			users: 'under-10',
			duration: 'under-1h',
			errors: 'normal',
			money: 'none',
		};
		expect(level({ ...mild, data: 'confirmed-loss', security: 'no' })).toBe('sev1');
		expect(level({ ...mild, data: 'no', security: 'confirmed' })).toBe('sev1');
	});

	test('"not sure" on users affected is never lower than the most severe answer it could be', () => {
		const base = { impact: 'core-down', duration: '2-4h' };
		expect(level({ ...base, users: UNSURE })).toBe(level({ ...base, users: 'all' }));
		// The rule that set the level says which answer "not sure" was taken as: its worst.
		const match = computeSeverity(model, { ...base, users: UNSURE }).matches[0]!;
		expect(match.assumed).toEqual({ users: 'all' });
		expect(match.rule.when.users?.[0]).toBe('all');
	});

	test('answers to unknown questions or options are ignored, not trusted', () => {
		expect(level({ impact: 'everything-is-fine', made_up: 'x' })).toBeNull();
	});
});

test('every matching rule is reported, the most severe level first, then in the order written', () => {
	const option = (id: string) => ({ id, label: id });
	const rule = (id: string, impact: string[], level: string) => ({
		id,
		when: { impact },
		level,
		reason: id,
	});
	const small: AssessmentModel = {
		questions: [
			{
				id: 'impact',
				label: 'Impact',
				options: [option('down'), option('slow'), option('fine')],
				allowUnsure: true,
			},
		],
		rules: [
			rule('slow-or-worse', ['down', 'slow'], 'minor'),
			rule('fine', ['fine'], 'minor'),
			rule('down', ['down'], 'major'),
			rule('anything', ['down', 'slow', 'fine'], 'minor'),
		],
		ceilings: [],
		bringIn: [],
		levels: [
			{ id: 'major', rank: 1 },
			{ id: 'minor', rank: 2 },
		],
	};
	const matched = (impact: string) =>
		computeSeverity(small, { impact }).matches.map((match) => match.rule.id);
	expect(matched('down')).toEqual(['down', 'slow-or-worse', 'anything']);
	expect(matched('slow')).toEqual(['slow-or-worse', 'anything']);
	expect(matched('fine')).toEqual(['fine', 'anything']);
});

describe('every example under a severity level', () => {
	const examples = severities.flatMap((severity) =>
		severity.data.examples.map((example) => ({ level: severity.id, ...example })),
	);
	test('carries the answers that describe it', () => {
		expect(examples.length).toBeGreaterThan(0);
		for (const example of examples)
			expect(Object.keys(example.answers), example.text).not.toHaveLength(0);
	});
	test.each(examples.map((example) => [example.level, example.text, example.answers] as const))(
		'%s: %s',
		(expected, _text, answers) => {
			expect(level(answers)).toBe(expected);
		},
	);
});

describe('with the P0–P3 fixture organisation', () => {
	const fixture = loadContent(join(PROJECT_ROOT, 'test/fixtures/content-p0-p3'));
	const fixtureLevel = (answers: Record<string, string>) =>
		computeSeverity(fixture.model, answers).level;

	test('uses its own labels: service down is P0, a major feature P1, a minor one P2', () => {
		expect(fixtureLevel({ scope: 'everything' })).toBe('p0');
		expect(fixtureLevel({ scope: 'major-feature' })).toBe('p1');
		expect(fixtureLevel({ scope: 'minor-feature', security: 'no' })).toBe('p2');
	});
	test('a security breach is P0 whatever else is answered', () => {
		expect(fixtureLevel({ scope: 'cosmetic', security: 'yes' })).toBe('p0');
	});
	test('"not sure" what is broken rounds up to P0', () => {
		expect(fixtureLevel({ scope: UNSURE })).toBe('p0');
	});
	test.each(
		fixture.severities.flatMap((s) =>
			s.data.examples.map((e) => [s.id, e.text, e.answers] as const),
		),
	)('%s example: %s', (expected, _text, answers) => {
		expect(fixtureLevel(answers)).toBe(expected);
	});
});

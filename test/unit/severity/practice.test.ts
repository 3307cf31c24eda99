import { describe, expect, test } from 'vitest';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { comparePractice } from '../../../src/lib/severity/practice.ts';
import { buildPracticeData } from '../../../src/lib/views/practice-view.ts';
import { loadContent } from '../../support/content.ts';

const { model, scenarios } = buildPracticeData(loadContent());

describe('practice scenarios', () => {
	test('there are at least eight, covering every level', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(8);
		expect(new Set(scenarios.map((s) => s.expected))).toEqual(
			new Set(model.levels.map((l) => l.id)),
		);
	});
	test.each(scenarios.map((s) => [s.title, s] as const))(
		'“%s”: the reference answers give the expected level',
		(_title, scenario) => {
			expect(computeSeverity(model, scenario.answers).level).toBe(scenario.expected);
		},
	);
});

test('comparePractice says whether the trainee matched, why, and where they differed', () => {
	const scenario = scenarios.find((s) => s.id === 'checkout-failing')!;
	const outcome = comparePractice(model, scenario, {
		impact: 'core-degraded',
		users: '25-50',
		duration: 'under-1h',
	});
	expect(outcome).toMatchObject({ yours: 'sev3', expected: 'sev1', match: false });
	expect(outcome.reference.find((item) => item.question === 'Is revenue affected?')).toEqual({
		question: 'Is revenue affected?',
		answer: 'Yes: more than $10k an hour',
		yours: null,
		same: false,
	});
	expect(comparePractice(model, scenario, scenario.answers).match).toBe(true);
});

import { describe, expect, test } from 'vitest';
import { comparePractice } from '../../../src/lib/severity/practice.ts';
import { buildCalculatorData } from '../../../src/lib/views/calculator-view.ts';
import { buildPracticeData } from '../../../src/lib/views/practice-view.ts';
import { dataSchemas } from '../../../src/schemas/index.ts';
import { plainReference } from '../../../src/schemas/reference.ts';
import { FIXTURE_P0_P3, loadContent } from '../../support/content.ts';

const content = loadContent(FIXTURE_P0_P3);
// The fixture organisation has no scenarios of its own; two stories in its terms, out of order.
const scenario = (id: string, raw: Record<string, unknown>) => ({
	id,
	data: dataSchemas(plainReference).scenarios.parse(raw),
});
const scenarios = [
	scenario('typo', {
		title: 'Typo on the pricing page',
		story: '\nA customer reports a typo.\n',
		expected: 'p3',
		answers: { scope: 'cosmetic', security: 'no' },
		debrief: 'Cosmetic, whoever noticed it.',
	}),
	scenario('leaked-key', {
		title: 'A leaked API key',
		story: 'A key shows up in a public repository.',
		expected: 'p0',
		answers: { security: 'yes' },
		debrief: 'A breach is P0 even when nothing is down.',
	}),
];
const data = buildPracticeData({ ...content, scenarios });

describe('buildPracticeData', () => {
	test('asks the same questions with the same rules as the calculator', () => {
		expect(data.model).toEqual(buildCalculatorData(content).model);
	});

	test('gives the levels most severe first, with only what the badges need', () => {
		expect(data.levels).toEqual([
			{ id: 'p0', label: 'P0', aliases: ['Critical'], color: '#991b1b' },
			{ id: 'p1', label: 'P1', aliases: ['High'], color: '#c2410c' },
			{ id: 'p2', label: 'P2', aliases: ['Medium'], color: '#a16207' },
			{ id: 'p3', label: 'P3', aliases: ['Low'], color: '#475569' },
		]);
	});

	test('lists scenarios by title, the story trimmed and the expected level as an id', () => {
		expect(data.scenarios).toEqual([
			{
				id: 'leaked-key',
				title: 'A leaked API key',
				story: 'A key shows up in a public repository.',
				expected: 'p0',
				answers: { security: 'yes' },
				debrief: 'A breach is P0 even when nothing is down.',
			},
			expect.objectContaining({ id: 'typo', story: 'A customer reports a typo.', expected: 'p3' }),
		]);
	});

	test('each scenario is what comparePractice checks a trainee against', () => {
		for (const built of data.scenarios) {
			expect(comparePractice(data.model, built, built.answers).match).toBe(true);
		}
	});
});

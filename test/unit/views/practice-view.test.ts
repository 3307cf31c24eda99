import { describe, expect, test } from 'vitest';
import { comparePractice } from '../../../src/lib/severity/practice.ts';
import { buildCalculatorData } from '../../../src/lib/views/calculator-view.ts';
import {
	buildPracticeData,
	practiceSearch,
	practiceVerdict,
	practiceView,
	readPracticeUrl,
} from '../../../src/lib/views/practice-view.ts';
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

describe('the practice URL', () => {
	test('reads the scenario and the answers, dropping what the assessment does not know', () => {
		expect(readPracticeUrl(data, '?scenario=typo&scope=cosmetic&scope2=x&security=maybe')).toEqual({
			index: 1,
			answers: { scope: 'cosmetic' },
		});
	});

	test('an unknown or missing scenario opens the first', () => {
		expect(readPracticeUrl(data, '?scenario=nope').index).toBe(0);
		expect(readPracticeUrl(data, '').index).toBe(0);
	});

	test('writes the scenario and answers and keeps every other parameter', () => {
		const search = practiceSearch(
			data,
			{ index: 1, answers: { scope: 'cosmetic' } },
			'?utm=mail&security=yes&scenario=leaked-key',
		);
		expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
			utm: 'mail',
			scope: 'cosmetic',
			scenario: 'typo',
		});
		expect(readPracticeUrl(data, search)).toEqual({ index: 1, answers: { scope: 'cosmetic' } });
	});
});

describe('what practice shows', () => {
	test('numbered scenario choices, the story in paragraphs, the next scenario if any', () => {
		const view = practiceView(data, { index: 0, answers: {} });
		expect(view.choices).toEqual([
			{ value: '0', label: '1. A leaked API key' },
			{ value: '1', label: '2. Typo on the pricing page' },
		]);
		expect(view.paragraphs).toEqual(['A key shows up in a public repository.']);
		expect(view.next).toBe(1);
		expect(practiceView(data, { index: 1, answers: {} }).next).toBeUndefined();
	});

	test('the answer can be checked once something is answered', () => {
		expect(practiceView(data, { index: 0, answers: {} }).canCheck).toBe(false);
		expect(practiceView(data, { index: 0, answers: { scope: 'cosmetic' } }).canCheck).toBe(true);
	});

	const typo = data.scenarios[1]!;

	test('a wrong call: what the answers give, what was expected, why, and where they differ', () => {
		expect(practiceVerdict(data, typo, { scope: 'major-feature', security: 'no' })).toEqual({
			match: false,
			headline: 'Your answers give P1; expected P3',
			why: { heading: 'Why your answers give P1', reasons: ['A major feature broken is P1.'] },
			reference: [
				{
					question: 'What is broken?',
					answer: 'Something cosmetic',
					yours: '(you: A major feature)',
				},
				{ question: 'Is security compromised?', answer: 'No', yours: undefined },
			],
			debrief: 'Cosmetic, whoever noticed it.',
		});
	});

	test('the right call says so; no answers give no level and no reasons', () => {
		expect(practiceVerdict(data, typo, typo.answers)).toMatchObject({
			match: true,
			headline: 'Right: P3',
		});
		const none = practiceVerdict(data, typo, {});
		expect(none).toMatchObject({
			headline: 'Your answers give no level; expected P3',
			why: undefined,
		});
		expect(none.reference.map((item) => item.yours)).toEqual([
			'(you: no answer)',
			'(you: no answer)',
		]);
	});
});

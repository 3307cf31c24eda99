import { describe, expect, test } from 'vitest';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { describeResult } from '../../../src/lib/severity/describe-result.ts';
import { describeLevelFacts } from '../../../src/lib/severity/result-facts.ts';
import { describeLinks } from '../../../src/lib/severity/result-links.ts';
import { resultSummary } from '../../../src/lib/severity/result-summary.ts';
import { calculatorDataFor, FIXTURE_P0_P3 } from '../../support/content.ts';

const data = calculatorDataFor(FIXTURE_P0_P3);
const now = new Date('2026-11-22T03:14:00Z');
const knownRunbooks = [{ id: 'runbooks/connection-pool' }];

describe('describeResult puts the parts of a result together', () => {
	const answers = { scope: 'everything', security: 'yes' };
	const result = computeSeverity(data.model, answers);
	const options = {
		now,
		title: 'Login down',
		fromRunbook: 'runbooks/connection-pool',
		knownRunbooks,
	};
	const view = describeResult(data, result, answers, options)!;

	test('for the level the answers give', () => {
		expect(view.level).toBe(data.levels.find((level) => level.id === result.level));
	});

	test('each part as its own module gives it', () => {
		expect(view).toMatchObject(
			describeLevelFacts(view.level, { ...data, now, title: options.title }),
		);
		expect(view).toMatchObject(describeLinks(data, answers, view.level.id, options));
		expect(view.summary).toBe(resultSummary(view.level, view.setting, answers, options.title));
		expect(view.setting.length).toBeGreaterThan(0);
	});
});

test('answers that give no level yet give no result', () => {
	expect(describeResult(data, computeSeverity(data.model, {}), {}, { now })).toBeNull();
});

import { expect, test } from 'vitest';
import { UNSURE } from '../../../src/lib/severity/model.ts';
import { resultSummary } from '../../../src/lib/severity/result-summary.ts';

const level = { label: 'SEV2', aliases: ['P1', 'Major'], responseMinutes: 15 };
const setting = [{ text: 'A core feature is down.' }, { text: 'Most users are affected.' }];

test('one Markdown line: the level with its other names, the title, what set it, the response time', () => {
	expect(resultSummary(level, setting, { impact: 'core-down' }, '  Checkout failing ')).toBe(
		'**SEV2 (P1, Major)** Checkout failing: A core feature is down. Most users are affected. Respond within 15 min.',
	);
});

test('without a title, or a response target, the line says only what it knows', () => {
	expect(resultSummary({ ...level, aliases: [], responseMinutes: null }, setting, {}, '   ')).toBe(
		'**SEV2**: A core feature is down. Most users are affected.',
	);
});

test('says how many answers were "not sure" and so rounded up', () => {
	expect(resultSummary(level, setting.slice(0, 1), { impact: UNSURE })).toMatch(
		/ \(1 answer not sure, rounded up\.\)$/,
	);
	expect(resultSummary(level, setting.slice(0, 1), { impact: UNSURE, users: UNSURE })).toMatch(
		/ \(2 answers not sure, rounded up\.\)$/,
	);
});

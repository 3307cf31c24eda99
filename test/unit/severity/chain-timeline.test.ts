import { expect, test } from 'vitest';
import { chainTimeline } from '../../../src/lib/severity/chain-timeline.ts';

const step = (afterMinutes: number, targets: string[], inOrder = false, note?: string) => ({
	afterMinutes,
	targets,
	inOrder,
	...(note ? { note } : {}),
});

test('one row per minute something happens, paged and joining side by side', () => {
	const rows = chainTimeline({
		steps: [step(0, ['On-call']), step(5, ['Secondary']), step(30, ['Team lead'])],
		whileUnresolved: [step(30, ['Engineering lead'], false, 'Still open.'), step(60, ['CTO'])],
	});
	expect(rows.map((row) => [row.when, row.paged?.who ?? null, row.joins?.who ?? null])).toEqual([
		['At once', 'On-call', null],
		['After 5 min', 'Secondary', null],
		['After 30 min', 'Team lead', 'Engineering lead'],
		['After 1 h', null, 'CTO'],
	]);
	expect(rows[2]!.joins?.note).toBe('Still open.');
});

test('the space before a row grows with the time that passed, and stays within 0–1', () => {
	const rows = chainTimeline({
		steps: [step(0, ['A']), step(5, ['B'])],
		whileUnresolved: [step(60, ['C']), step(1440, ['D'])],
	});
	expect(rows[0]!.gap).toBe(0);
	for (const row of rows) expect(row.gap).toBeGreaterThanOrEqual(0);
	for (const row of rows) expect(row.gap).toBeLessThanOrEqual(1);
	expect(rows[3]!.gap).toBeGreaterThan(rows[1]!.gap * 0.5);
});

test('people engaged at once in order read as a sequence', () => {
	const [row] = chainTimeline({
		steps: [step(0, ['On-call', 'Team lead', 'CTO'], true)],
		whileUnresolved: [],
	});
	expect(row!.paged?.who).toBe('On-call → Team lead → CTO');
});

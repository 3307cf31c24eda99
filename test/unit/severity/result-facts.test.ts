import { expect, test } from 'vitest';
import { describeLevelFacts } from '../../../src/lib/severity/result-facts.ts';

const level = {
	responseMinutes: 15,
	coverage: '24/7' as const,
	updateEveryMinutes: { investigating: 30, identified: 60, monitoring: null },
	opens: [
		{ text: 'A channel for this incident', kind: 'incident-channel' as const },
		{ text: 'An incident on the status page', kind: 'status-page' as const },
		{ text: 'A call with the executive on duty' },
	],
	postmortem: { required: true, dueHours: 72 },
};
const incident = {
	incidentChannel: '#inc-{date}-{slug}',
	statusPageUrl: 'https://status.example.test',
	now: new Date('2026-11-22T03:14:00Z'),
	title: 'Checkout down',
};

test('what a level means for this incident, in the words of level-facts', () => {
	expect(describeLevelFacts(level, incident)).toEqual({
		respondWithin: '15 min (around the clock)',
		updates: [
			{ state: 'investigating', every: 'every 30 min' },
			{ state: 'identified', every: 'every 1 h' },
			{ state: 'monitoring', every: 'no scheduled updates' },
		],
		open: [
			'A channel for this incident: #inc-2026-11-22-checkout-down',
			'An incident on the status page: https://status.example.test',
			'A call with the executive on duty',
		],
		postmortem: 'Required: draft within 3 days of resolution',
	});
});

test('without a title the channel keeps a visible placeholder; a level that opens nothing lists nothing', () => {
	expect(describeLevelFacts(level, { ...incident, title: undefined }).open[0]).toBe(
		'A channel for this incident: #inc-2026-11-22-short-name',
	);
	expect(describeLevelFacts({ ...level, opens: [] }, incident).open).toEqual([]);
});

import { expect, test } from 'vitest';
import {
	cadenceText,
	isPublic,
	openedItems,
	postmortemText,
	respondWithinText,
	responseText,
	stepWhenText,
	stepWhoText,
} from '../../../src/lib/severity/level-facts.ts';

test('level facts read the same everywhere', () => {
	expect(cadenceText(30)).toBe('every 30 min');
	expect(cadenceText(null)).toBe('no scheduled updates');
	expect(respondWithinText(15, '24/7')).toBe('15 min (around the clock)');
	expect(respondWithinText(1440, 'business-hours')).toBe('1 day (business hours)');
	expect(stepWhenText(0)).toBe('At once');
	expect(stepWhenText(90)).toBe('After 1 h 30 min');
});

test('post-mortem requirement and deadline', () => {
	expect(postmortemText({ required: true, dueHours: 48 })).toBe(
		'Required: draft within 2 days of resolution',
	);
	expect(postmortemText({ required: true, dueHours: null })).toBe('Required');
	expect(postmortemText({ required: false, dueHours: 168 })).toBe(
		'Optional (if written, within 7 days of resolution)',
	);
	expect(postmortemText({ required: false, dueHours: null })).toBe('Optional');
});

test('what is opened reads in the organisation’s words and order, with details where known', () => {
	const opens = [
		{ text: 'A Slack thread' },
		{ text: 'An incident channel', kind: 'incident-channel' as const },
		{ text: 'A status-page incident', kind: 'status-page' as const },
	];
	expect(openedItems(opens, { 'incident-channel': '#incident-x' })).toEqual([
		'A Slack thread',
		'An incident channel: #incident-x',
		'A status-page incident',
	]);
	expect(isPublic(opens)).toBe(true);
	expect(isPublic(opens.slice(0, 2))).toBe(false);
});

test('a level without a response target says so', () => {
	expect(responseText(null)).toBe('No target');
	expect(respondWithinText(null, 'business-hours')).toBe('No target (business hours)');
	expect(respondWithinText(15, '24/7')).toBe('15 min (around the clock)');
});

test('steps engaged in order read as a sequence, steps together as a group', () => {
	expect(stepWhoText({ targets: ['On-call', 'Team lead', 'CTO'], inOrder: true })).toBe(
		'On-call → Team lead → CTO',
	);
	expect(stepWhoText({ targets: ['Primary', 'Secondary'], inOrder: false })).toBe(
		'Primary + Secondary',
	);
});

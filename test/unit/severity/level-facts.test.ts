import { expect, test } from 'vitest';
import {
	cadenceText,
	openedItems,
	postmortemText,
	respondWithinText,
	stepWhenText,
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

test('what is opened, in a fixed order, with details where known', () => {
	const opens = {
		incidentChannel: true,
		bridge: false,
		statusPage: true,
		customerComms: false,
		execLiaison: true,
	};
	expect(openedItems(opens, { incidentChannel: '#incident-x' })).toEqual([
		'Incident channel: #incident-x',
		'Status page update',
		'Executive liaison',
	]);
});

import { describe, expect, test } from 'vitest';
import { formatMinutes } from '../../../src/lib/time/format-minutes.ts';

describe('formatMinutes', () => {
	test.each([
		[0, '0 min'],
		[5, '5 min'],
		[59, '59 min'],
		[60, '1 h'],
		[90, '1 h 30 min'],
		[240, '4 h'],
		[1440, '1 day'],
		[2880, '2 days'],
		[1500, '25 h'],
	])('%i minutes reads as %s', (minutes, expected) => {
		expect(formatMinutes(minutes)).toBe(expected);
	});

	test('refuses negative and non-finite durations', () => {
		expect(() => formatMinutes(-1)).toThrow(RangeError);
		expect(() => formatMinutes(Number.NaN)).toThrow(RangeError);
	});
});

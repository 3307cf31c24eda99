import { describe, expect, test } from 'vitest';
import { isoDay, utcMidnight } from '../../../src/lib/time/format-time.ts';

describe('days as YYYY-MM-DD', () => {
	test('isoDay writes the UTC day, whatever the time of day', () => {
		expect(isoDay(Date.UTC(2026, 10, 22, 23, 59))).toBe('2026-11-22');
		expect(isoDay(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
	});

	test('utcMidnight reads a day back as its first instant in UTC', () => {
		expect(utcMidnight('2026-11-22')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
		expect(isoDay(utcMidnight('2026-02-28')!)).toBe('2026-02-28');
	});

	test.each(['', '2026-1-5', '22/11/2026', '2026-13-01', '2026-11-22T10:00', 'yesterday'])(
		'utcMidnight refuses %j',
		(text) => {
			expect(utcMidnight(text)).toBeUndefined();
		},
	);
});

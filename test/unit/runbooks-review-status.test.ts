import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	byReviewUrgency,
	forReview,
	reviewDueText,
	reviewStatus,
} from '../../src/lib/runbooks/review-status.ts';
import { utcMidnight } from '../../src/lib/time/format-time.ts';

const day = (iso: string) => utcMidnight(iso)!;

describe('reviewStatus', () => {
	test('a runbook reviewed 90 days ago with a 90-day interval is due today, not overdue', () => {
		const status = reviewStatus(day('2026-08-24'), 90, day('2026-11-22'));
		expect(status).toMatchObject({ daysLeft: 0, overdue: false });
		expect(status.dueOn.toISOString()).toBe('2026-11-22T00:00:00.000Z');
	});

	test('one day past the interval is overdue by one day', () => {
		expect(reviewStatus(day('2026-08-23'), 90, day('2026-11-22'))).toMatchObject({
			daysLeft: -1,
			overdue: true,
		});
	});

	test('the time of day does not change the answer', () => {
		const morning = reviewStatus(day('2026-11-01'), 30, new Date('2026-11-22T00:01:00Z'));
		const night = reviewStatus(day('2026-11-01'), 30, new Date('2026-11-22T23:59:00Z'));
		expect(morning).toEqual(night);
	});

	test('refuses a review interval that is not a positive whole number', () => {
		expect(() => reviewStatus(day('2026-11-01'), 0, day('2026-11-22'))).toThrow(RangeError);
	});

	test('reviewing later never makes a runbook more overdue', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 3000 }),
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 1, max: 400 }),
				(start, later, every) => {
					const asOf = day('2030-01-01');
					const earlier = reviewStatus(
						new Date(Date.UTC(2022, 0, 1) + start * 86_400_000),
						every,
						asOf,
					);
					const laterReview = reviewStatus(
						new Date(Date.UTC(2022, 0, 1) + (start + later) * 86_400_000),
						every,
						asOf,
					);
					expect(laterReview.daysLeft).toBeGreaterThanOrEqual(earlier.daysLeft);
				},
			),
		);
	});
});

test('byReviewUrgency puts the most overdue first', () => {
	const asOf = day('2026-11-22');
	const items = [
		{ title: 'B', status: reviewStatus(day('2026-11-01'), 90, asOf) },
		{ title: 'A', status: reviewStatus(day('2025-01-01'), 90, asOf) },
		{ title: 'C', status: reviewStatus(day('2026-10-01'), 30, asOf) },
	];
	expect(items.sort(byReviewUrgency).map((item) => item.title)).toEqual(['A', 'C', 'B']);
});

describe('reviewDueText: one wording for the runbook, the review page and check:stale', () => {
	test.each([
		['2026-08-01', 'overdue by 23 days'],
		['2026-08-23', 'overdue by 1 day'],
		['2026-08-24', 'due today'],
		['2026-08-25', 'due in 1 day'],
		['2026-09-03', 'due in 10 days'],
	])('reviewed on %s with a 90-day interval, as of 2026-11-22: %s', (reviewed, text) => {
		expect(reviewDueText(reviewStatus(day(reviewed), 90, day('2026-11-22')))).toBe(text);
	});
});

describe('forReview: one review row for the /review/ page and check:stale', () => {
	const runbook = {
		id: 'runbooks/disk-full',
		data: {
			title: 'Disk full',
			owner: { id: 'platform', collection: 'roles' as const },
			lastReviewed: day('2026-11-01'),
			reviewEveryDays: 30,
		},
	};

	test('names the owner by its role', () => {
		expect(
			forReview(runbook, (role) => (role === 'platform' ? 'Platform team' : undefined)),
		).toEqual({
			id: 'runbooks/disk-full',
			title: 'Disk full',
			owner: 'Platform team',
			lastReviewed: day('2026-11-01'),
			reviewEveryDays: 30,
		});
	});

	test('falls back to the role id when the role has no name', () => {
		expect(forReview(runbook, () => undefined).owner).toBe('platform');
	});
});

// When a runbook is next due for review, and how that reads. Pure: the date it is "as of" is
// passed in (the build date for pages, today for `npm run check:stale`).
import type { RunbookData } from '../content/schemas.ts';

const DAY_MS = 86_400_000;

export interface ReviewStatus {
	/** The day the next review is due (UTC midnight). */
	dueOn: Date;
	/** Whole days until due: negative when overdue. */
	daysLeft: number;
	overdue: boolean;
}

/** Midnight UTC of the day `date` falls on. */
const utcDay = (date: Date) =>
	Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/**
 * When a runbook is next due for review, and whether it is overdue as of `asOf` (the build date
 * for pages, today for `npm run check:stale`). Due on the day itself is not yet overdue.
 */
export function reviewStatus(lastReviewed: Date, everyDays: number, asOf: Date): ReviewStatus {
	if (!Number.isInteger(everyDays) || everyDays <= 0)
		throw new RangeError(
			`Review interval must be a positive whole number of days, not ${everyDays}.`,
		);
	const due = utcDay(lastReviewed) + everyDays * DAY_MS;
	const daysLeft = Math.round((due - utcDay(asOf)) / DAY_MS);
	return { dueOn: new Date(due), daysLeft, overdue: daysLeft < 0 };
}

/** "1 day", "14 days". */
const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/**
 * "overdue by 14 days", "due today" or "due in 3 days": how a runbook's review state reads on the
 * runbook itself, on the /review/ page and in `npm run check:stale`, so all three say the same.
 */
export function reviewDueText({ daysLeft }: Pick<ReviewStatus, 'daysLeft'>): string {
	if (daysLeft < 0) return `overdue by ${days(-daysLeft)}`;
	return daysLeft === 0 ? 'due today' : `due in ${days(daysLeft)}`;
}

/** Runbooks in review order: most overdue first, then the soonest due; ties by title. */
export function byReviewUrgency<T extends { status: ReviewStatus; title: string }>(
	a: T,
	b: T,
): number {
	return a.status.daysLeft - b.status.daysLeft || a.title.localeCompare(b.title);
}

/** A runbook in the review queue: its id, owner's name and review state, with its own fields. */
export type ReviewItem = Pick<RunbookData, 'title' | 'lastReviewed'> & {
	id: string;
	owner: string;
	status: ReviewStatus;
};

/** What the review queue needs of a runbook: a review item before its state is worked out. */
export type ReviewEntry = Omit<ReviewItem, 'status'> & Pick<RunbookData, 'reviewEveryDays'>;

/**
 * A runbook as a review entry: its owner named by `ownerName` (a role's name), or by
 * the role's id when the role has no entry. For the /review/ page and check:stale alike.
 */
export function forReview(
	runbook: {
		id: string;
		data: Pick<RunbookData, 'title' | 'owner' | 'lastReviewed' | 'reviewEveryDays'>;
	},
	ownerName: (roleId: string) => string | undefined,
): ReviewEntry {
	const { id, data } = runbook;
	return {
		id,
		title: data.title,
		owner: ownerName(data.owner.id) ?? data.owner.id,
		lastReviewed: data.lastReviewed,
		reviewEveryDays: data.reviewEveryDays,
	};
}

/** Every runbook's review state as of `asOf`, most urgent first: the /review/ page and check:stale. */
export function reviewQueue(
	runbooks: readonly ReviewEntry[],
	defaultEveryDays: number,
	asOf: Date,
): ReviewItem[] {
	return runbooks
		.map(({ reviewEveryDays, ...runbook }) => ({
			...runbook,
			status: reviewStatus(runbook.lastReviewed, reviewEveryDays ?? defaultEveryDays, asOf),
		}))
		.sort(byReviewUrgency);
}

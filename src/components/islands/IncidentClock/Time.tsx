import { formatClock, formatLocal, formatUtc } from '../../../lib/time/format-time.ts';

/** A moment with its date, in UTC and in the reader's zone. */
export function Time({ at }: { at: number }) {
	return (
		<time dateTime={new Date(at).toISOString()}>
			{formatUtc(at)} <span class="fbk__local">({formatLocal(at)})</span>
		</time>
	);
}

/** When something is due: a ticking countdown, or its time when live countdowns are hidden. */
export const dueText = (inMs: number, at: number, live: boolean) =>
	live ? `in ${formatClock(inMs)}` : `at ${formatUtc(at)}`;

import { formatLocal, formatUtc } from '../../../lib/time/format-time.ts';

/** A moment with its date, in UTC and in the reader's zone. */
export function Time({ at }: { at: number }) {
	return (
		<time dateTime={new Date(at).toISOString()}>
			{formatUtc(at)} <span class="fbk__local">({formatLocal(at)})</span>
		</time>
	);
}

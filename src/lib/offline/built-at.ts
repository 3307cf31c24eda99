// When this copy of the handbook was built: every page says it, so a reader working from a saved
// copy with the network down knows how old their instructions are.
import { formatUtc, utcMidnight } from '../time/format-time.ts';

/** What pins the build's time, from the environment. */
export interface BuildTimePins {
	/** Whole seconds since 1970: the reproducible-builds convention. */
	SOURCE_DATE_EPOCH?: string | undefined;
	/** `YYYY-MM-DD`: the date the pages are built "as of" (see `buildDate` in src/handbook.ts). */
	FIREBREAK_BUILD_DATE?: string | undefined;
}

/**
 * The build's time as an ISO string: `SOURCE_DATE_EPOCH` when set, else the start of
 * `FIREBREAK_BUILD_DATE` when set (so a pinned build says the date its pages are as of), else
 * `now`. Two builds of the same commit with the same pin are then byte-identical. A malformed
 * value is an error, not a silent fallback to the wall clock.
 */
export function buildTime(pins: BuildTimePins, now: Date): string {
	const { SOURCE_DATE_EPOCH: epoch, FIREBREAK_BUILD_DATE: day } = pins;
	if (epoch) {
		if (!/^\d+$/.test(epoch))
			throw new Error(
				`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1795000000), not "${epoch}".`,
			);
		return new Date(Number(epoch) * 1000).toISOString();
	}
	if (day) {
		const date = utcMidnight(day);
		if (date === undefined)
			throw new Error(`FIREBREAK_BUILD_DATE must be a date like 2026-12-15, not "${day}".`);
		return date.toISOString();
	}
	return now.toISOString();
}

/** `Built 2026-11-23 03:00 UTC`: the same wording and zone on every page, whoever reads it. */
export const builtAtLabel = (iso: string) => `Built ${formatUtc(Date.parse(iso))}`;

/**
 * The attribute that marks the stamp in the HTML. Page revisions are computed without it, so a
 * rebuild that changes nothing but the time does not make every reader download every page again.
 */
export const BUILT_AT_ATTRIBUTE = 'data-built-at';

/** The HTML with the built-at stamp (`<time data-built-at …>…</time>`) taken out. */
export const withoutBuiltAt = (html: string) =>
	html.replace(new RegExp(`<time\\b[^>]*\\b${BUILT_AT_ATTRIBUTE}\\b[^>]*>[^<]*</time>`, 'g'), '');

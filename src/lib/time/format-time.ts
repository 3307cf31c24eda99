// Times as an incident needs them: always with the date, in UTC and in the reader's zone, because
// incidents cross midnight and responders sit in several zones.

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-11-22`: unambiguous in every locale. The one way the code writes a day. */
export const isoDay = (time: number | Date) => new Date(time).toISOString().slice(0, 10);

/** Midnight UTC of a day written as `2026-11-22`, or undefined for anything else. */
export function utcMidnight(day: string): Date | undefined {
	const date = new Date(`${day}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** `2026-11-23 14:05 UTC`. */
export function formatUtc(time: number): string {
	const date = new Date(time);
	return `${isoDay(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/**
 * `2026-11-23 15:05 GMT+1` in `timeZone` (the reader's own when omitted). The zone is passed in,
 * so callers in tests and at build time say which one they mean.
 */
export function formatLocal(time: number, timeZone?: string): string {
	const parts = new Intl.DateTimeFormat('en-GB', {
		...(timeZone ? { timeZone } : {}),
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short',
	}).formatToParts(new Date(time));
	const get = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((part) => part.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${get('timeZoneName')}`;
}

/** `2:41`, `1:02:41`: a countdown or stopwatch, to the second. Negative input reads as 0:00. */
export function formatClock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;
	return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A value for `<input type="datetime-local">` in `timeZone`, e.g. `2026-11-23T15:05`. */
export function toDateTimeLocal(time: number, timeZone?: string): string {
	const local = formatLocal(time, timeZone);
	return `${local.slice(0, 10)}T${local.slice(11, 16)}`;
}

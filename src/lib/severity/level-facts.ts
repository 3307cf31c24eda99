// How a severity level's facts read, wherever they are shown: the severity pages, the tables on
// the process pages and the calculator all say the same thing in the same words.
import { formatMinutes } from '../time/format-minutes.ts';

/** "every 15 min", or "no scheduled updates". */
export const cadenceText = (minutes: number | null) =>
	minutes === null ? 'no scheduled updates' : `every ${formatMinutes(minutes)}`;

/** "15 min (around the clock)". */
export const respondWithinText = (minutes: number, coverage: '24/7' | 'business-hours') =>
	`${formatMinutes(minutes)} (${coverage === '24/7' ? 'around the clock' : 'business hours'})`;

/** "At once" for the first step, else "After 15 min". */
export const stepWhenText = (afterMinutes: number) =>
	afterMinutes === 0 ? 'At once' : `After ${formatMinutes(afterMinutes)}`;

/** "Required: draft within 2 days of resolution", "Optional", … */
export function postmortemText(postmortem: { required: boolean; dueHours: number | null }): string {
	const due = postmortem.dueHours === null ? undefined : formatMinutes(postmortem.dueHours * 60);
	if (postmortem.required) return due ? `Required: draft within ${due} of resolution` : 'Required';
	return due ? `Optional (if written, within ${due} of resolution)` : 'Optional';
}

export interface Opens {
	incidentChannel: boolean;
	bridge: boolean;
	statusPage: boolean;
	customerComms: boolean;
	execLiaison: boolean;
}

const OPENS_LABELS: Record<keyof Opens, string> = {
	incidentChannel: 'Incident channel',
	bridge: 'Call bridge',
	statusPage: 'Status page update',
	customerComms: 'Customer communication',
	execLiaison: 'Executive liaison',
};

/**
 * What is opened at a level, as labels. `details` adds specifics to an item (the channel's name,
 * the status page address) where the caller knows them.
 */
export function openedItems(
	opens: Opens,
	details: Partial<Record<keyof Opens, string>> = {},
): string[] {
	return (Object.keys(OPENS_LABELS) as (keyof Opens)[])
		.filter((key) => opens[key])
		.map((key) => (details[key] ? `${OPENS_LABELS[key]}: ${details[key]}` : OPENS_LABELS[key]));
}

/** When nothing is opened. */
export const NOTHING_OPENED = 'A ticket; nothing else is opened at this level';

/** "repeats 2 more times, starting again every 45 min, if nobody does", or nothing. */
export function repeatText(repeat: number, repeatAfterMinutes: number | null | undefined): string {
	if (repeat === 0) return '';
	const times = `${repeat} more ${repeat === 1 ? 'time' : 'times'}`;
	const every = repeatAfterMinutes
		? `, starting again every ${formatMinutes(repeatAfterMinutes)}`
		: '';
	return `repeats ${times}${every}, if nobody does`;
}

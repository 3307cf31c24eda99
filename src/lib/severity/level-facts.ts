// How a severity level's facts read, wherever they are shown: the severity pages, the tables on
// the process pages and the calculator all say the same thing in the same words.
import type { SeverityData } from '../../schemas/severity.ts';
import { formatMinutes } from '../time/format-minutes.ts';

/** "every 15 min", or "no scheduled updates". */
export const cadenceText = (minutes: number | null) =>
	minutes === null ? 'no scheduled updates' : `every ${formatMinutes(minutes)}`;

/** "15 min", or "No target" where the organisation sets none. */
export const responseText = (minutes: number | null) =>
	minutes === null ? 'No target' : formatMinutes(minutes);

/** "15 min (around the clock)", or "No target (business hours)". */
export const respondWithinText = (minutes: number | null, coverage: '24/7' | 'business-hours') =>
	`${responseText(minutes)} (${coverage === '24/7' ? 'around the clock' : 'business hours'})`;

/** "At once" for the first step, else "After 15 min". */
export const stepWhenText = (afterMinutes: number) =>
	afterMinutes === 0 ? 'At once' : `After ${formatMinutes(afterMinutes)}`;

/** "Within 2 days of resolution", or "No deadline". */
export const postmortemDueText = (dueHours: number | null) =>
	dueHours === null ? 'No deadline' : `Within ${formatMinutes(dueHours * 60)} of resolution`;

/** "Required" or "Optional". */
export const postmortemNeedText = (required: boolean) => (required ? 'Required' : 'Optional');

/** "Required: draft within 2 days of resolution", "Optional", … */
export function postmortemText(postmortem: { required: boolean; dueHours: number | null }): string {
	const need = postmortemNeedText(postmortem.required);
	if (postmortem.dueHours === null) return need;
	const due = postmortemDueText(postmortem.dueHours).toLowerCase();
	return postmortem.required ? `${need}: draft ${due}` : `${need} (if written, ${due})`;
}

/** "24/7" or "Business hours". */
export const coverageText = (coverage: '24/7' | 'business-hours') =>
	coverage === '24/7' ? '24/7' : 'Business hours';

type Opened = SeverityData['opens'][number];

/**
 * What is opened at a level, in the organisation's words and order. Items of a kind the tools
 * know get their specifics (the channel's name, the status page's address) where the caller
 * knows them.
 */
export function openedItems(
	opens: readonly Opened[],
	details: Partial<Record<NonNullable<Opened['kind']>, string>> = {},
): string[] {
	return opens.map(({ text, kind }) => {
		const detail = kind && details[kind];
		return detail ? `${text}: ${detail}` : text;
	});
}

/** Whether declaring at this level opens a status-page incident. */
export const isPublic = (opens: readonly Opened[]) =>
	opens.some((item) => item.kind === 'status-page');

/** "on-call → team lead → CTO" for steps engaged in order, else "on-call + secondary". */
export const stepWhoText = (step: { targets: readonly string[]; inOrder: boolean }) =>
	step.targets.join(step.inOrder ? ' → ' : ' + ');

/** "repeats 2 more times, starting again every 45 min, if nobody does", or nothing. */
export function repeatText(repeat: number, repeatAfterMinutes: number | null | undefined): string {
	if (repeat === 0) return '';
	const times = `${repeat} more ${repeat === 1 ? 'time' : 'times'}`;
	const every = repeatAfterMinutes
		? `, starting again every ${formatMinutes(repeatAfterMinutes)}`
		: '';
	return `repeats ${times}${every}, if nobody does`;
}

// What should reach the responder without them looking: the tab's title, and the moments worth
// an announcement or a notification (a new page, someone brought in, an overdue update).
import { formatClock } from '../time/format-time.ts';
import type { ClockView } from './clock-view.ts';

/** `2:41 to SEV1 update`, `Update overdue by 3:05 · SEV1`, whichever matters most now. */
export function attentionTitle(view: ClockView, now: number): string {
	const { level, update, paging, state } = view;
	if (state.status === 'resolved') return `Resolved · ${level.label}`;
	if (update?.overdue)
		return `Update overdue by ${formatClock(now - update.dueAt)} · ${level.label}`;
	const page = paging.next;
	if (page && (!update || page.at < update.dueAt)) {
		return `${formatClock(page.inMs)} to ${level.label} page: ${page.targets.join(' + ')}`;
	}
	if (update) return `${formatClock(update.inMs)} to ${level.label} update`;
	return `${level.label} open ${formatClock(view.durations.elapsedMs)}`;
}

export interface Alert {
	/** Stable across renders and reloads, so an alert is announced once. */
	key: string;
	text: string;
}

/**
 * Everything due now that deserves an announcement. The first page is left out (it happens as
 * the incident is declared); repeats and later steps, unresolved escalations and an overdue
 * update are in.
 */
export function dueAlerts(view: ClockView): Alert[] {
	const { level, state } = view;
	const pages = view.paging.fired.slice(1).map((firing) => ({
		key: `${state.id}:page:${state.paging.startedAt}:${firing.pass}:${firing.step}`,
		text: `${level.label}: page ${firing.targets.join(' + ')} now (no acknowledgement yet).`,
	}));
	const joins =
		state.resolvedAt === null
			? view.unresolved.due.map((step) => ({
					key: `${state.id}:unresolved:${level.id}:${step.afterMinutes}`,
					text: `${level.label}: bring in ${step.targets.join(' + ')}${step.note ? ` (${step.note})` : ''}.`,
				}))
			: [];
	const overdue = view.update?.overdue
		? [
				{
					key: `${state.id}:overdue:${view.update.dueAt}`,
					text: `${level.label}: the status update is overdue.`,
				},
			]
		: [];
	return [...pages, ...joins, ...overdue];
}

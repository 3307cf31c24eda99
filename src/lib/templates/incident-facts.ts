// An incident from the clock, as the facts a template's bound fields are prefilled with.
import type { ClockView } from '../incident/clock-view.ts';
import { incidentChannelName } from '../incident/channel-name.ts';
import { STATUS_NAMES } from '../incident/reduce-incident.ts';
import { timelineEntries, type TimelineNames } from '../incident/timeline.ts';
import { formatMinutes } from '../time/format-minutes.ts';
import { formatUtc } from '../time/format-time.ts';
import type { IncidentFacts } from './field-values.ts';

const iso = (time: number | null) => (time === null ? '' : new Date(time).toISOString());
const minutes = (ms: number | null) => (ms === null ? '' : formatMinutes(Math.floor(ms / 60_000)));

export function incidentFacts(
	view: ClockView,
	names: TimelineNames,
	incidentChannel: string,
): IncidentFacts {
	const { state, durations } = view;
	return {
		title: state.title,
		severity: state.severity,
		status: STATUS_NAMES[state.status],
		startedAt: iso(state.detectedAt),
		resolvedAt: iso(state.resolvedAt),
		duration: state.resolvedAt === null ? '' : minutes(durations.toResolveMs),
		timeToAcknowledge: minutes(durations.toAcknowledgeMs),
		timeToMitigate: minutes(durations.toMitigateMs),
		channel: incidentChannelName(incidentChannel, new Date(state.declaredAt), state.title),
		nextUpdateAt: iso(view.update?.dueAt ?? null),
		timeline: timelineEntries(view, names).map((entry) => [
			formatUtc(entry.at),
			entry.kind === 'due' ? `${entry.text} (due by policy)` : entry.text,
		]),
		runbook: state.runbook ?? '',
		...Object.fromEntries(
			Object.entries(state.roles).map(([role, person]) => [`role:${role}`, person]),
		),
	};
}

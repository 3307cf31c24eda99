// The incident's story in time order: what people recorded, and what the policy made due (pages
// and escalations nobody had to click), so the post-mortem gets a complete timeline.
import { formatMinutes } from '../time/format-minutes.ts';
import type { ClockLevel, ClockView } from './clock-view.ts';
import type { IncidentEvent } from './events.ts';
import { STATUS_NAMES } from './reduce-incident.ts';

export interface TimelineEntry {
	at: number;
	/** `recorded`: someone did it; `due`: the escalation policy made it due at that time. */
	kind: 'recorded' | 'due';
	text: string;
	/** The event id for recorded entries, a stable key for due ones. */
	key: string;
}

export interface TimelineNames {
	levels: readonly Pick<ClockLevel, 'id' | 'label'>[];
	/** Incident role id → name. */
	roles: readonly { id: string; name: string }[];
}

function describeEvent(
	item: IncidentEvent,
	names: TimelineNames,
	stepTargets: (step: number) => string,
): string | null {
	const level = (id: string) => names.levels.find((candidate) => candidate.id === id)?.label ?? id;
	switch (item.type) {
		case 'declared':
			return `Declared at ${level(item.severity)}: ${item.title || 'untitled incident'}`;
		case 'acknowledged':
			return item.by ? `Acknowledged by ${item.by}` : 'Acknowledged';
		case 'severity-changed':
			return `Severity changed to ${level(item.severity)}`;
		case 'status-changed':
			return `Status page: ${STATUS_NAMES[item.state]}`;
		case 'update-posted':
			return item.text ? `Update posted: ${item.text}` : 'Status update posted';
		case 'role-assigned': {
			const role = names.roles.find((candidate) => candidate.id === item.role)?.name ?? item.role;
			return item.person.trim() ? `${role}: ${item.person.trim()}` : `${role}: unassigned`;
		}
		case 'note':
			return item.text;
		case 'escalated':
			return `Escalated by hand: paged ${stepTargets(item.step)}`;
		case 'mitigated':
			return 'Mitigated: impact stopped';
		case 'resolved':
			return 'Resolved';
		case 'reopened':
			return 'Reopened';
		case 'archived':
		case 'unarchived':
			return null;
	}
}

/** Recorded events and the pages and escalations that came due, in time order. */
export function timelineEntries(view: ClockView, names: TimelineNames): TimelineEntry[] {
	const steps = view.level.policy?.steps ?? [];
	const stepTargets = (step: number) =>
		steps[Math.min(step, steps.length - 1)]?.targets.join(' + ') ?? 'the chain';
	const recorded = view.state.events.flatMap((item): TimelineEntry[] => {
		const text = describeEvent(item, names, stepTargets);
		return text === null ? [] : [{ at: item.at, kind: 'recorded', text, key: item.id }];
	});
	const pages = view.paging.fired.map((firing): TimelineEntry => ({
		at: firing.at,
		kind: 'due',
		text: `Paged ${firing.targets.join(' + ')}${firing.pass ? ` (repeat ${firing.pass})` : ''}`,
		key: `page-${firing.pass}-${firing.step}-${firing.at}`,
	}));
	const joins = view.unresolved.due.map((step): TimelineEntry => ({
		at: step.at,
		kind: 'due',
		text: `${step.targets.join(' + ')} brought in: not resolved after ${formatMinutes(step.afterMinutes)}`,
		key: `unresolved-${step.afterMinutes}`,
	}));
	return [...recorded, ...pages, ...joins].sort(
		(a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'recorded' ? -1 : 1),
	);
}

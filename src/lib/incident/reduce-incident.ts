// The incident's state, folded from its log. Pure and order-free: the log is sorted first, so two
// tabs that received the same events in a different order agree on everything.
import { orderEvents, type Incident, type IncidentEvent, type OpenState } from './events.ts';

export type IncidentStatus = OpenState | 'resolved';

/** How each status reads on the status page, in the clock and in messages. */
export const STATUS_NAMES: Record<IncidentStatus, string> = {
	investigating: 'Investigating',
	identified: 'Identified',
	monitoring: 'Monitoring',
	resolved: 'Resolved',
};

/** Where the paging chain stands: it (re)starts at `startedAt` from step `startStep`. */
export interface PagingSegment {
	startedAt: number;
	startStep: number;
	/** When the current chain was acknowledged, which stops it. */
	acknowledgedAt: number | null;
	acknowledgedBy: string | null;
}

export interface IncidentState {
	id: string;
	title: string;
	severity: string;
	runbook: string | null;
	/** Assessment triggers that held at declaration: who to bring in whatever the level. */
	bringIn: string[];
	declaredAt: number;
	detectedAt: number;
	status: IncidentStatus;
	paging: PagingSegment;
	/** The status-page update cadence counts from here: declaration, a state change or an update. */
	lastUpdateAt: number;
	firstAcknowledgedAt: number | null;
	mitigatedAt: number | null;
	/** Null while open, including after a reopen. */
	resolvedAt: number | null;
	/** Incident role id → who holds it. */
	roles: Record<string, string>;
	archived: boolean;
	/** The log in the order things happened. */
	events: IncidentEvent[];
}

/**
 * Folds an incident's log into its state.
 *
 * - Acknowledging stops the paging chain (PagerDuty's rule); the unresolved chain keeps running.
 * - Escalating by hand pages the chosen step at once, clears the acknowledgement (the people paged
 *   must acknowledge themselves) and continues the chain from that step.
 * - Changing severity switches to the new level's policy. An unacknowledged chain starts again at
 *   the new policy's first step from the moment of the change; an acknowledged one stays
 *   acknowledged. The unresolved chain is always measured from detection, so escalating to a
 *   higher level late brings in at once everyone that level would have brought in by now.
 * - A status-page state change counts as an update posted (posting one is how the state changes).
 * - Reopening returns to investigating; the update cadence counts from the reopening.
 */
export function reduceIncident(incident: Incident): IncidentState {
	const events = orderEvents(incident.events);
	const declared = events.find((item) => item.type === 'declared');
	if (!declared) {
		throw new Error(`Incident ${incident.id} has no "declared" event.`);
	}
	const state: IncidentState = {
		id: incident.id,
		title: declared.title,
		severity: declared.severity,
		runbook: declared.runbook ?? null,
		bringIn: declared.bringIn ?? [],
		declaredAt: declared.at,
		detectedAt: Math.min(declared.detectedAt, declared.at),
		status: 'investigating',
		paging: {
			startedAt: Math.min(declared.detectedAt, declared.at),
			startStep: 0,
			acknowledgedAt: null,
			acknowledgedBy: null,
		},
		lastUpdateAt: declared.at,
		firstAcknowledgedAt: null,
		mitigatedAt: null,
		resolvedAt: null,
		roles: {},
		archived: false,
		events,
	};
	for (const item of events) apply(state, item);
	return state;
}

function apply(state: IncidentState, item: IncidentEvent): void {
	switch (item.type) {
		case 'declared':
			return;
		case 'acknowledged':
			if (state.paging.acknowledgedAt === null) {
				state.paging.acknowledgedAt = item.at;
				state.paging.acknowledgedBy = item.by ?? null;
			}
			state.firstAcknowledgedAt ??= item.at;
			return;
		case 'severity-changed':
			if (item.severity === state.severity) return;
			state.severity = item.severity;
			if (state.paging.acknowledgedAt === null) {
				state.paging = { ...state.paging, startedAt: item.at, startStep: 0 };
			}
			return;
		case 'escalated':
			state.paging = {
				startedAt: item.at,
				startStep: item.step,
				acknowledgedAt: null,
				acknowledgedBy: null,
			};
			return;
		case 'status-changed':
			if (state.status === 'resolved') return;
			state.status = item.state;
			state.lastUpdateAt = item.at;
			return;
		case 'update-posted':
			state.lastUpdateAt = Math.max(state.lastUpdateAt, item.at);
			return;
		case 'role-assigned':
			if (item.person.trim()) state.roles[item.role] = item.person.trim();
			else
				state.roles = Object.fromEntries(
					Object.entries(state.roles).filter(([role]) => role !== item.role),
				);
			return;
		case 'note':
			return;
		case 'mitigated':
			state.mitigatedAt ??= item.at;
			return;
		case 'resolved':
			if (state.status === 'resolved') return;
			state.status = 'resolved';
			state.resolvedAt = item.at;
			return;
		case 'reopened':
			if (state.status !== 'resolved') return;
			state.status = 'investigating';
			state.resolvedAt = null;
			state.lastUpdateAt = item.at;
			return;
		case 'archived':
			state.archived = true;
			return;
		case 'unarchived':
			state.archived = false;
			return;
	}
}

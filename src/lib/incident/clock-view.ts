// Everything the incident clock shows, derived from the log and the current time. Nothing is
// counted by a timer: a tab that slept shows the right thing the moment it wakes.
import type { LevelView } from '../views/level-view.ts';
import type { Incident } from './events.ts';
import {
	pagingView,
	unresolvedView,
	type PagingView,
	type UnresolvedView,
} from './escalation-schedule.ts';
import { reduceIncident, type IncidentState } from './reduce-incident.ts';
import { nextUpdate, type UpdateDue } from './update-cadence.ts';

const MINUTE = 60_000;

export type ClockLevel = Pick<
	LevelView,
	| 'id'
	| 'label'
	| 'aliases'
	| 'name'
	| 'color'
	| 'responseMinutes'
	| 'updateEveryMinutes'
	| 'policy'
>;

export interface Durations {
	/** Since detection; never negative, whatever the wall clock does. */
	elapsedMs: number;
	toDeclareMs: number;
	toAcknowledgeMs: number | null;
	toMitigateMs: number | null;
	toResolveMs: number | null;
}

export interface ClockView {
	state: IncidentState;
	level: ClockLevel;
	paging: PagingView;
	unresolved: UnresolvedView;
	update: UpdateDue | null;
	/**
	 * The level's response target: someone must be working on it (acknowledged) by then; null
	 * where the level sets no response time.
	 */
	respondBy: { at: number; met: boolean | null; overdue: boolean } | null;
	durations: Durations;
}

const since = (start: number, end: number | null) =>
	end === null ? null : Math.max(0, end - start);

/** The level an incident is at, or the least severe one if its level has since been removed. */
export function levelOf<L extends Pick<LevelView, 'id'>>(levels: readonly L[], id: string): L {
	const level = levels.find((candidate) => candidate.id === id) ?? levels.at(-1);
	if (!level) throw new Error('The handbook defines no severity levels.');
	return level;
}

export function clockView(
	incident: Incident,
	levels: readonly ClockLevel[],
	now: number,
): ClockView {
	const state = reduceIncident(incident);
	const level = levelOf(levels, state.severity);
	const end = state.resolvedAt ?? now;
	const respondAt =
		level.responseMinutes === null ? null : state.detectedAt + level.responseMinutes * MINUTE;
	const acked = state.firstAcknowledgedAt;
	return {
		state,
		level,
		paging: pagingView(level, state, now),
		unresolved: unresolvedView(level, state, now),
		update: nextUpdate(level, state, now),
		respondBy:
			respondAt === null
				? null
				: {
						at: respondAt,
						met: acked === null ? null : acked <= respondAt,
						overdue: acked === null && state.status !== 'resolved' && now > respondAt,
					},
		durations: {
			elapsedMs: Math.max(0, end - state.detectedAt),
			toDeclareMs: Math.max(0, state.declaredAt - state.detectedAt),
			toAcknowledgeMs: since(state.detectedAt, acked),
			toMitigateMs: since(state.detectedAt, state.mitigatedAt),
			toResolveMs: since(state.detectedAt, state.resolvedAt),
		},
	};
}

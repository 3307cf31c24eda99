// When the next status update is due, from the level's cadence for the current status-page state.
import type { LevelView } from '../views/level-view.ts';
import type { IncidentState } from './reduce-incident.ts';

const MINUTE = 60_000;

export type CadenceLevel = Pick<LevelView, 'updateEveryMinutes'>;

export interface UpdateDue {
	/** Minutes between updates in the current state. */
	everyMinutes: number;
	dueAt: number;
	/** Time left; never negative. */
	inMs: number;
	overdue: boolean;
	/** How late the update is; 0 when it is not. */
	overdueByMs: number;
}

/**
 * The next status update, counted from the last one (declaration, a state change or an update
 * posted). Null when the incident is resolved or the level schedules no updates in this state.
 */
export function nextUpdate(
	level: CadenceLevel,
	state: IncidentState,
	now: number,
): UpdateDue | null {
	if (state.status === 'resolved') return null;
	const everyMinutes = level.updateEveryMinutes[state.status];
	if (everyMinutes === null) return null;
	const dueAt = state.lastUpdateAt + everyMinutes * MINUTE;
	return {
		everyMinutes,
		dueAt,
		inMs: Math.max(0, dueAt - now),
		overdue: now > dueAt,
		overdueByMs: Math.max(0, now - dueAt),
	};
}

// Who is paged when, and who joins while the incident stays unresolved: both chains of a level's
// escalation policy laid out against an incident's state and the current time.
import type { LevelView } from '../views/level-view.ts';
import type { IncidentState } from './reduce-incident.ts';

const MINUTE = 60_000;

export type ScheduleLevel = Pick<LevelView, 'id' | 'label' | 'policy'>;

/** One firing of a paging step: pass 0 is the first run of the chain, 1 its first repeat… */
export interface PageFiring {
	at: number;
	step: number;
	pass: number;
	targets: string[];
	note: string | undefined;
}

export interface PagingView {
	/**
	 * `paging`: unacknowledged, more steps to come; `exhausted`: every step and repeat has fired
	 * and nobody acknowledged; `acknowledged`: someone has it, paging stopped; `resolved`;
	 * `nobody`: the level pages nobody (a ticket only).
	 */
	status: 'paging' | 'exhausted' | 'acknowledged' | 'resolved' | 'nobody';
	/** Steps that have fired in the current chain, oldest first. */
	fired: PageFiring[];
	/** The most recent firing: who is being paged now. */
	current: PageFiring | null;
	/** The next firing, if paging continues; `inMs` is never negative. */
	next: (PageFiring & { inMs: number }) | null;
}

/**
 * Every firing of the chain from a segment's start, in time order. Pass `p` begins
 * `p × repeatAfterMinutes` after the (virtual) start of the chain; steps before `startStep` in
 * the first pass were skipped by a manual escalation. With `repeat: 0` there is one pass.
 */
export function pageFirings(
	level: ScheduleLevel,
	state: Pick<IncidentState, 'paging'>,
): PageFiring[] {
	if (level.policy === null) return [];
	const { steps, repeat, repeatAfterMinutes } = level.policy;
	const startStep = Math.min(state.paging.startStep, steps.length - 1);
	const origin = state.paging.startedAt - steps[startStep]!.afterMinutes * MINUTE;
	const passes = repeatAfterMinutes === null ? 1 : repeat + 1;
	const firings: PageFiring[] = [];
	for (let pass = 0; pass < passes; pass++) {
		steps.forEach((step, index) => {
			if (pass === 0 && index < startStep) return;
			firings.push({
				at: origin + (pass * (repeatAfterMinutes ?? 0) + step.afterMinutes) * MINUTE,
				step: index,
				pass,
				targets: step.targets,
				note: step.note,
			});
		});
	}
	return firings;
}

/** The paging chain now: acknowledgement or resolution stops it (PagerDuty's semantics). */
export function pagingView(level: ScheduleLevel, state: IncidentState, now: number): PagingView {
	const stoppedAt = [state.paging.acknowledgedAt, state.resolvedAt].filter(
		(time): time is number => time !== null,
	);
	const until = Math.min(now, ...stoppedAt);
	const firings = pageFirings(level, state);
	// The first step fires when the chain starts, even if the clock reads earlier than that.
	const fired = firings.filter((firing, index) => index === 0 || firing.at <= until);
	const upcoming = firings.find((firing, index) => index > 0 && firing.at > until);
	const status =
		level.policy === null
			? 'nobody'
			: state.status === 'resolved'
				? 'resolved'
				: state.paging.acknowledgedAt !== null
					? 'acknowledged'
					: upcoming
						? 'paging'
						: 'exhausted';
	return {
		status,
		fired,
		current: fired.at(-1) ?? null,
		next:
			status === 'paging' && upcoming
				? { ...upcoming, inMs: Math.max(0, upcoming.at - now) }
				: null,
	};
}

export interface UnresolvedStep {
	at: number;
	afterMinutes: number;
	targets: string[];
	note: string | undefined;
}

export interface UnresolvedView {
	/** Brought in already: due before now (or before resolution). */
	due: UnresolvedStep[];
	/** Still to come while the incident stays open; empty once resolved. */
	upcoming: (UnresolvedStep & { inMs: number })[];
}

/** The unresolved chain, always measured from detection; it stops only at resolution. */
export function unresolvedView(
	level: ScheduleLevel,
	state: IncidentState,
	now: number,
): UnresolvedView {
	const until = state.resolvedAt === null ? now : Math.min(now, state.resolvedAt);
	const steps = (level.policy?.whileUnresolved ?? []).map((step) => ({
		at: state.detectedAt + step.afterMinutes * MINUTE,
		afterMinutes: step.afterMinutes,
		targets: step.targets,
		note: step.note,
	}));
	return {
		due: steps.filter((step) => step.at <= until),
		upcoming:
			state.resolvedAt === null
				? steps
						.filter((step) => step.at > until)
						.map((step) => ({ ...step, inMs: Math.max(0, step.at - now) }))
				: [],
	};
}

/**
 * The step "escalate now" pages: the one after the step paged last; past the last step, the
 * chain starts over at the first.
 */
export function nextEscalationStep(
	level: ScheduleLevel,
	paging: Pick<PagingView, 'current'>,
): number {
	const after = (paging.current?.step ?? -1) + 1;
	return after < (level.policy?.steps.length ?? 0) ? after : 0;
}

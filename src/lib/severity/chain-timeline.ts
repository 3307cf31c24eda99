// An escalation policy as one timeline: every minute something happens, with who is paged (the
// chain that stops on acknowledgement) and who joins (the chain that runs until resolution) side
// by side, and the space before each row growing with the time that passes.
import type { PolicyView, StepView } from '../views/level-view.ts';
import { stepWhenText, stepWhoText } from './level-facts.ts';

export interface ChainRow {
	afterMinutes: number;
	when: string;
	paged: { who: string; note: string | undefined } | null;
	joins: { who: string; note: string | undefined } | null;
	/** 0–1: how much time passed since the previous row, on a log scale, for the spacing. */
	gap: number;
}

const LONGEST = Math.log1p(7 * 24 * 60);

export function chainTimeline(policy: Pick<PolicyView, 'steps' | 'whileUnresolved'>): ChainRow[] {
	const minutes = [
		...new Set([...policy.steps, ...policy.whileUnresolved].map((step) => step.afterMinutes)),
	].sort((a, b) => a - b);
	const at = (steps: readonly StepView[], minute: number) => {
		const step = steps.find((candidate) => candidate.afterMinutes === minute);
		return step ? { who: stepWhoText(step), note: step.note } : null;
	};
	return minutes.map((minute, index) => ({
		afterMinutes: minute,
		when: stepWhenText(minute),
		paged: at(policy.steps, minute),
		joins: at(policy.whileUnresolved, minute),
		gap:
			index === 0
				? 0
				: Math.min(1, (Math.log1p(minute) - Math.log1p(minutes[index - 1]!)) / LONGEST),
	}));
}

// Who the calculator's result brings in: the paging chain, people brought in because of what is
// true, and who joins while the incident stays unresolved.
import { formatMinutes } from '../time/format-minutes.ts';
import type { PolicyView } from '../views/level-view.ts';
import type { SeverityResult } from './compute-severity.ts';
import { stepWhenText, stepWhoText } from './level-facts.ts';
import type { QuestionModel } from './model.ts';
import { assumedText } from './result-reasons.ts';

export interface PeopleView {
	/** The paging chain; empty when the level pages nobody. */
	page: { when: string; who: string }[];
	pagesNobody: boolean;
	/** Brought in at once because of what is true, whatever the level. */
	bringIn: { id: string; who: string; reason: string; assumed: string[] }[];
	/** Brought in as the incident stays unresolved. */
	whileUnresolved: { when: string; who: string }[];
}

export function describePeople(
	policy: PolicyView | null,
	result: Pick<SeverityResult, 'bringIn'>,
	questions: readonly QuestionModel[],
	roleName: (roleId: string) => string,
): PeopleView {
	return {
		page: (policy?.steps ?? []).map((step) => ({
			when: `${stepWhenText(step.afterMinutes)}${step.afterMinutes === 0 ? '' : ' without acknowledgement'}`,
			who: stepWhoText(step),
		})),
		pagesNobody: policy === null,
		bringIn: result.bringIn.map(({ trigger, assumed }) => ({
			id: trigger.id,
			who: trigger.roles.map(roleName).join(' → '),
			reason: trigger.reason,
			assumed: assumedText(questions, assumed),
		})),
		whileUnresolved: (policy?.whileUnresolved ?? []).map((step) => ({
			when: `After ${formatMinutes(step.afterMinutes)} unresolved`,
			who: stepWhoText(step),
		})),
	};
}

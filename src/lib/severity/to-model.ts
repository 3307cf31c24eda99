import { expandLevelNames } from './level-names.ts';
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import type { AssessmentModel } from './model.ts';

/** The parsed assessment, whatever produced its references (Astro's `reference()` or the scripts'). */
type AssessmentInput = Pick<AssessmentData, 'questions' | 'rules' | 'ceilings' | 'bringIn'>;

/** The calculator's model from parsed content: references flattened to ids, nothing else. */
export function toAssessmentModel(
	assessment: AssessmentInput,
	levels: readonly { id: string; data: Pick<SeverityData, 'rank' | 'label'> }[],
): AssessmentModel {
	// Text may name levels as `{level:<id>}`; the model carries it as readers see it.
	const named = levels.map((level) => ({ id: level.id, label: level.data.label }));
	const text = (value: string) => expandLevelNames(value, named);
	return {
		questions: assessment.questions.map(({ id, label, help, options, allowUnsure }) => ({
			id,
			label: text(label),
			help: help === undefined ? undefined : text(help),
			options: options.map((option) => ({ ...option, label: text(option.label) })),
			allowUnsure,
		})),
		rules: assessment.rules.map(({ id, when, level, reason }) => ({
			id,
			when,
			level: level.id,
			reason: text(reason),
		})),
		ceilings: assessment.ceilings.map(({ id, when, unless, level, reason }) => ({
			id,
			when,
			unless,
			level: level.id,
			reason: text(reason),
		})),
		bringIn: assessment.bringIn.map(({ id, when, roles, reason }) => ({
			id,
			when,
			roles: roles.map((role) => role.id),
			reason: text(reason),
		})),
		levels: levels.map((level) => ({ id: level.id, rank: level.data.rank })),
	};
}

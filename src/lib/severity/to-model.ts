import type { AssessmentModel } from './model.ts';

interface AssessmentInput {
	questions: AssessmentModel['questions'];
	rules: { id: string; when: Record<string, string[]>; level: { id: string }; reason: string }[];
}

/** The calculator's model from parsed content: references flattened to ids, nothing else. */
export function toAssessmentModel(
	assessment: AssessmentInput,
	levels: readonly { id: string; data: { rank: number } }[],
): AssessmentModel {
	return {
		questions: assessment.questions.map(({ id, label, help, options, allowUnsure }) => ({
			id,
			label,
			help,
			options,
			allowUnsure,
		})),
		rules: assessment.rules.map(({ id, when, level, reason }) => ({
			id,
			when,
			level: level.id,
			reason,
		})),
		levels: levels.map((level) => ({ id: level.id, rank: level.data.rank })),
	};
}

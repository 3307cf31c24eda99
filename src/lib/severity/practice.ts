import { computeSeverity } from './compute-severity.ts';
import { UNSURE, type Answers, type AssessmentModel } from './model.ts';
import type { PracticeScenario } from '../views/practice-view.ts';

export interface PracticeOutcome {
	/** The level the trainee's answers give (null if they give none). */
	yours: string | null;
	expected: string;
	match: boolean;
	/** Reasons behind the trainee's level. */
	reasons: string[];
	/** Each reference answer, and whether the trainee gave the same one. */
	reference: { question: string; answer: string; yours: string | null; same: boolean }[];
}

/** How a trainee's answers compare with a scenario's reference answers. */
export function comparePractice(
	model: AssessmentModel,
	scenario: PracticeScenario,
	answers: Answers,
): PracticeOutcome {
	const result = computeSeverity(model, answers);
	const label = (questionId: string, optionId: string | undefined) => {
		if (optionId === undefined) return null;
		if (optionId === UNSURE) return 'Not sure';
		return (
			model.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)
				?.label ?? optionId
		);
	};
	const top = result.matches.filter((match) => match.rule.level === result.level);
	return {
		yours: result.level,
		expected: scenario.expected,
		match: result.level === scenario.expected,
		reasons: top.map((match) => match.rule.reason),
		reference: Object.entries(scenario.answers).map(([questionId, optionId]) => ({
			question: model.questions.find((q) => q.id === questionId)?.label ?? questionId,
			answer: label(questionId, optionId)!,
			yours: label(questionId, answers[questionId]),
			same: answers[questionId] === optionId,
		})),
	};
}

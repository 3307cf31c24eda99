import { UNSURE, type Answers, type AssessmentModel } from './model.ts';

/**
 * The answers the assessment knows: a question it asks with one of its options, or "not sure"
 * where it offers that. Everything else (a hand-edited link, an answer to a question since
 * removed) is dropped. The one place answers are validated: the calculator and the URL use it.
 */
export function knownAnswers(
	model: Pick<AssessmentModel, 'questions'>,
	answers: Answers,
): Record<string, string> {
	const known: Record<string, string> = {};
	for (const question of model.questions) {
		const answer = answers[question.id];
		if (answer === undefined) continue;
		const valid =
			answer === UNSURE
				? question.allowUnsure
				: question.options.some((option) => option.id === answer);
		if (valid) known[question.id] = answer;
	}
	return known;
}

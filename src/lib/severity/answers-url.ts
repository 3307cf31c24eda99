import { UNSURE, type Answers, type AssessmentModel } from './model.ts';

/**
 * Answers as URL query parameters (`?impact=core-down&users=unsure`), so a link shares an
 * assessment and back/forward walk through it. Other parameters are left as they are.
 */
export function writeAnswers(model: AssessmentModel, answers: Answers, search: string): string {
	const params = new URLSearchParams(search);
	for (const question of model.questions) {
		const answer = answers[question.id];
		if (answer === undefined) params.delete(question.id);
		else params.set(question.id, answer);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Answers from a query string; anything that is not a known question's option is dropped. */
export function readAnswers(model: AssessmentModel, search: string): Record<string, string> {
	const params = new URLSearchParams(search);
	const answers: Record<string, string> = {};
	for (const question of model.questions) {
		const value = params.get(question.id);
		if (value === null) continue;
		const known =
			value === UNSURE
				? question.allowUnsure
				: question.options.some((option) => option.id === value);
		if (known) answers[question.id] = value;
	}
	return answers;
}

import { knownAnswers } from './known-answers.ts';
import type { Answers, AssessmentModel } from './model.ts';

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
	return knownAnswers(model, Object.fromEntries(new URLSearchParams(search)));
}

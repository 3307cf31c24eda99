import type { QuestionModel, RuleModel } from './model.ts';

export interface MissingWorseOption {
	questionId: string;
	/** The option the rule lists. */
	listed: string;
	/** More severe options it leaves out. */
	missing: string[];
}

/**
 * Options a rule must also list so that a worse answer can never lower the level: if a rule
 * matches "25–50 %" it must match "over 50 %" and "all" too. Unknown questions and options are
 * left to the reference checks.
 */
export function missingWorseOptions(
	rule: Pick<RuleModel, 'when'>,
	questions: readonly QuestionModel[],
): MissingWorseOption[] {
	return missingOptions(rule.when, questions, 'worse');
}

/**
 * Options a condition must also list to keep its direction: `worse` for conditions that raise the
 * level or lift a ceiling (an answer and everything worse), `better` for a ceiling's conditions
 * (an answer and everything less severe), so a worse answer can never lower the level.
 */
export function missingOptions(
	when: Record<string, readonly string[]>,
	questions: readonly QuestionModel[],
	direction: 'worse' | 'better',
): MissingWorseOption[] {
	const gaps: MissingWorseOption[] = [];
	for (const [questionId, listed] of Object.entries(when)) {
		const order = questions
			.find((question) => question.id === questionId)
			?.options.map((option) => option.id);
		if (!order) continue;
		const positions = listed.map((id) => order.indexOf(id)).filter((index) => index >= 0);
		if (positions.length === 0) continue;
		const edge = direction === 'worse' ? Math.max(...positions) : Math.min(...positions);
		const range = direction === 'worse' ? order.slice(0, edge) : order.slice(edge + 1);
		const missing = range.filter((id) => !listed.includes(id));
		if (missing.length) gaps.push({ questionId, listed: order[edge]!, missing });
	}
	return gaps;
}

/** Lists a condition the way the matrix page shows it: "A quarter to a half or worse". */
export function describeCondition(question: QuestionModel, listed: readonly string[]): string {
	const labels = question.options.filter((option) => listed.includes(option.id));
	// Even a list of every option says "or worse", not "Any": the rule still needs an answer.
	if (labels.length === 1) return labels[0]!.label;
	return `${labels.at(-1)!.label} or worse`;
}

/** A ceiling's condition as the matrix page shows it: "10 % to 25 % or fewer". */
export function describeLesserCondition(
	question: QuestionModel,
	listed: readonly string[],
): string {
	const labels = question.options.filter((option) => listed.includes(option.id));
	if (labels.length === 1) return labels[0]!.label;
	return `${labels[0]!.label} or less severe`;
}

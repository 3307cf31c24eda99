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
	rule: RuleModel,
	questions: readonly QuestionModel[],
): MissingWorseOption[] {
	const gaps: MissingWorseOption[] = [];
	for (const [questionId, listed] of Object.entries(rule.when)) {
		const order = questions
			.find((question) => question.id === questionId)
			?.options.map((option) => option.id);
		if (!order) continue;
		const positions = listed.map((id) => order.indexOf(id)).filter((index) => index >= 0);
		if (positions.length === 0) continue;
		const leastSevere = Math.max(...positions);
		const missing = order.slice(0, leastSevere).filter((id) => !listed.includes(id));
		if (missing.length) gaps.push({ questionId, listed: order[leastSevere]!, missing });
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

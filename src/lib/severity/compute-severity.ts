import { UNSURE, type Answers, type AssessmentModel, type RuleModel } from './model.ts';

export interface RuleMatch {
	rule: RuleModel;
	/**
	 * For each question answered "not sure" that the rule depends on, the option it was counted
	 * as: the most severe option the rule accepts, so the explanation can say what was assumed.
	 */
	assumed: Record<string, string>;
}

export interface SeverityResult {
	/** The most severe level any rule gives, or null when no rule matches yet. */
	level: string | null;
	/** Every matching rule, most severe level first (then in file order). */
	matches: RuleMatch[];
	/** Question ids with no answer yet, in the order they are asked. */
	unanswered: string[];
}

function matchRule(rule: RuleModel, answers: Answers): RuleMatch | undefined {
	const assumed: Record<string, string> = {};
	for (const [questionId, accepted] of Object.entries(rule.when)) {
		const answer = answers[questionId];
		if (answer === undefined) return undefined;
		if (answer === UNSURE) {
			// "Not sure" could be any option, so the rule could apply: round up, as PagerDuty's
			// guidance says to. Report the worst option it was taken as.
			assumed[questionId] = accepted[0]!;
			continue;
		}
		if (!accepted.includes(answer)) return undefined;
	}
	return { rule, assumed };
}

/**
 * The severity for a set of answers. The most severe matching rule wins; every matching rule's
 * reason is kept; "not sure" counts as every option it could be (so it never lowers the level);
 * answers to unknown questions or options are ignored; no answers give no level, not a default.
 */
export function computeSeverity(model: AssessmentModel, answers: Answers): SeverityResult {
	const rank = new Map(model.levels.map((level) => [level.id, level.rank]));
	const valid: Record<string, string> = {};
	for (const question of model.questions) {
		const answer = answers[question.id];
		if (answer === undefined) continue;
		const known =
			answer === UNSURE
				? question.allowUnsure
				: question.options.some((option) => option.id === answer);
		if (known) valid[question.id] = answer;
	}
	const matches = model.rules
		.map((rule, index) => ({ match: matchRule(rule, valid), index }))
		.filter(
			(item): item is { match: RuleMatch; index: number } =>
				item.match !== undefined && rank.has(item.match.rule.level),
		)
		.sort(
			(a, b) => rank.get(a.match.rule.level)! - rank.get(b.match.rule.level)! || a.index - b.index,
		)
		.map((item) => item.match);
	return {
		level: matches[0]?.rule.level ?? null,
		matches,
		unanswered: model.questions
			.filter((question) => valid[question.id] === undefined)
			.map((question) => question.id),
	};
}

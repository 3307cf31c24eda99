import {
	UNSURE,
	type Answers,
	type AssessmentModel,
	type BringInModel,
	type CeilingModel,
	type QuestionModel,
	type RuleModel,
} from './model.ts';
import { knownAnswers } from './known-answers.ts';

export interface RuleMatch {
	rule: RuleModel;
	/**
	 * For each question answered "not sure" that the rule depends on, the option it was counted
	 * as: the most severe option the rule accepts, so the explanation can say what was assumed.
	 */
	assumed: Record<string, string>;
}

export interface BringInMatch {
	trigger: BringInModel;
	/** As for rules: "not sure" counts as the worst option the trigger accepts. */
	assumed: Record<string, string>;
}

export interface SeverityResult {
	/** The level: the most severe rule's, held down by a ceiling; null when no rule matches yet. */
	level: string | null;
	/** Every matching rule, most severe level first (then in file order). */
	matches: RuleMatch[];
	/** The ceiling that held the level below what the rules give, if one did. */
	ceiling: CeilingModel | null;
	/** People to bring in because of what is true, in file order. */
	bringIn: BringInMatch[];
	/** Question ids with no answer yet, in the order they are asked. */
	unanswered: string[];
}

/**
 * Whether conditions could hold: every listed question is answered with a listed option, or
 * "not sure" (which could be any option, so it rounds up). Returns what unsure answers were
 * taken as, or undefined when the conditions cannot hold.
 */
function couldHold(
	when: Record<string, string[]>,
	answers: Answers,
): Record<string, string> | undefined {
	const assumed: Record<string, string> = {};
	for (const [questionId, accepted] of Object.entries(when)) {
		const answer = answers[questionId];
		if (answer === undefined) return undefined;
		if (answer === UNSURE) {
			// "Not sure" could be any option, so the condition could hold: round up, as
			// PagerDuty's guidance says to. Report the worst option it was taken as.
			assumed[questionId] = accepted[0]!;
			continue;
		}
		if (!accepted.includes(answer)) return undefined;
	}
	return assumed;
}

/**
 * A ceiling applies only when it surely does: its conditions hold for certain (an unsure answer
 * counts only if every option would match) and nothing in `unless` could hold (an unsure answer
 * could be one of them). So "not sure" never lets a ceiling lower the level.
 */
function ceilingApplies(
	ceiling: CeilingModel,
	answers: Answers,
	questions: readonly QuestionModel[],
): boolean {
	for (const [questionId, accepted] of Object.entries(ceiling.when)) {
		const answer = answers[questionId];
		if (answer === undefined) return false;
		if (answer === UNSURE) {
			const options = questions.find((question) => question.id === questionId)?.options ?? [];
			if (!options.every((option) => accepted.includes(option.id))) return false;
		} else if (!accepted.includes(answer)) return false;
	}
	// Unanswered `unless` questions are not evidence: the ceiling holds until one is answered.
	return Object.entries(ceiling.unless).every(([questionId, lifting]) => {
		const answer = answers[questionId];
		if (answer === undefined) return true;
		return answer !== UNSURE && !lifting.includes(answer);
	});
}

/**
 * The severity for a set of answers. The most severe matching rule wins, unless a ceiling that
 * surely applies holds it lower; every matching rule's reason is kept; "not sure" counts as every
 * option it could be (so it never lowers the level); answers to unknown questions or options are
 * ignored; no answers give no level, not a default.
 */
export function computeSeverity(model: AssessmentModel, answers: Answers): SeverityResult {
	const rank = new Map(model.levels.map((level) => [level.id, level.rank]));
	const valid = knownAnswers(model, answers);
	const matches = model.rules
		.flatMap((rule, index) => {
			const assumed = rank.has(rule.level) ? couldHold(rule.when, valid) : undefined;
			return assumed ? [{ match: { rule, assumed }, index }] : [];
		})
		.sort(
			(a, b) => rank.get(a.match.rule.level)! - rank.get(b.match.rule.level)! || a.index - b.index,
		)
		.map((item) => item.match);
	const floor = matches[0]?.rule.level ?? null;
	// The strictest applicable ceiling (the least severe level it allows) is the one that binds.
	const ceiling =
		model.ceilings
			.filter((candidate) => rank.has(candidate.level))
			.filter((candidate) => ceilingApplies(candidate, valid, model.questions))
			.sort((a, b) => rank.get(b.level)! - rank.get(a.level)!)[0] ?? null;
	const binds = floor !== null && ceiling !== null && rank.get(ceiling.level)! > rank.get(floor)!;
	return {
		level: binds ? ceiling.level : floor,
		matches,
		ceiling: binds ? ceiling : null,
		bringIn: model.bringIn.flatMap((trigger) => {
			const assumed = couldHold(trigger.when, valid);
			return assumed ? [{ trigger, assumed }] : [];
		}),
		unanswered: model.questions
			.filter((question) => valid[question.id] === undefined)
			.map((question) => question.id),
	};
}

// Why the calculator gives its level: the reasons that set it first, what "not sure" was taken
// as, a ceiling that held it down, and lower levels' reasons kept apart as "also true".
import type { SeverityResult } from './compute-severity.ts';
import type { QuestionModel } from './model.ts';

export interface ReasonView {
	id: string;
	/** The label of the level this reason gives (for a ceiling: the most it allows). */
	level: string;
	text: string;
	/** One sentence per "not sure" answer the reason depends on. */
	assumed: string[];
}

/** "“Who is affected?” is not sure, so counted as “All users”." for each assumed answer. */
export function assumedText(
	questions: readonly QuestionModel[],
	assumed: Record<string, string>,
): string[] {
	return Object.entries(assumed).map(([questionId, optionId]) => {
		const question = questions.find((q) => q.id === questionId);
		const option = question?.options.find((o) => o.id === optionId);
		return `“${question?.label ?? questionId}” is not sure, so counted as “${option?.label ?? optionId}”.`;
	});
}

export interface ReasonsView {
	/** What sets the level: a binding ceiling, or the rules at the level given. */
	setting: ReasonView[];
	/** Reasons that hold but give a lower level (or a higher one a ceiling overrides). */
	alsoTrue: ReasonView[];
}

export function describeReasons(
	result: SeverityResult,
	questions: readonly QuestionModel[],
	labelOf: (levelId: string) => string,
): ReasonsView {
	const reasons = result.matches.map(({ rule, assumed }) => ({
		id: rule.id,
		levelId: rule.level,
		level: labelOf(rule.level),
		text: rule.reason,
		assumed: assumedText(questions, assumed),
	}));
	const strip = ({ levelId: _levelId, ...reason }: (typeof reasons)[number]): ReasonView => reason;
	if (result.ceiling) {
		const { id, level, reason } = result.ceiling;
		return {
			setting: [{ id, level: labelOf(level), text: reason, assumed: [] }],
			alsoTrue: reasons.map(strip),
		};
	}
	return {
		setting: reasons.filter((reason) => reason.levelId === result.level).map(strip),
		alsoTrue: reasons.filter((reason) => reason.levelId !== result.level).map(strip),
	};
}

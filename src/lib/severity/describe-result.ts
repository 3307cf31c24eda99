// Turns a computed severity into what the calculator shows and copies: each part comes from the
// module that does that one job (why: result-reasons; who: result-people; what the level means
// here: result-facts; where next: result-links; the line to paste: result-summary). Pure: `now`
// is passed in.
import type { CalculatorData } from '../views/calculator-view.ts';
import type { LevelView } from '../views/level-view.ts';
import type { SeverityResult } from './compute-severity.ts';
import type { Answers } from './model.ts';
import { describeLevelFacts, type ResultFacts } from './result-facts.ts';
import { describeLinks, type ResultLinks } from './result-links.ts';
import { describePeople, type PeopleView } from './result-people.ts';
import { describeReasons, type ReasonsView } from './result-reasons.ts';
import { resultSummary } from './result-summary.ts';

export interface ResultView extends ReasonsView, PeopleView, ResultFacts, ResultLinks {
	level: LevelView;
	/** One Markdown line: level, the reasons that set it, response time. */
	summary: string;
}

export function describeResult(
	data: CalculatorData,
	result: SeverityResult,
	answers: Answers,
	options: {
		now: Date;
		title?: string;
		/** `runbook=` from the URL: untrusted, used only if it is one of `knownRunbooks`. */
		fromRunbook?: string;
		/** The handbook's runbooks (its /runbooks.json); none known means no way back. */
		knownRunbooks?: readonly { id: string }[];
	},
): ResultView | null {
	const level = data.levels.find((candidate) => candidate.id === result.level);
	if (!level) return null;
	const labelOf = (id: string) => data.levels.find((candidate) => candidate.id === id)?.label ?? id;
	const reasons = describeReasons(result, data.model.questions, labelOf);
	return {
		level,
		...reasons,
		...describePeople(level.policy, result, data.model.questions, (id) => data.roleNames[id] ?? id),
		...describeLevelFacts(level, {
			incidentChannel: data.incidentChannel,
			statusPageUrl: data.statusPageUrl,
			now: options.now,
			title: options.title,
		}),
		...describeLinks(data, answers, level.id, options),
		summary: resultSummary(level, reasons.setting, answers, options.title),
	};
}

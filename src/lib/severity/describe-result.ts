// Turns a computed severity into what the calculator shows and copies. Pure: `now` is passed in.
// Each part has its own module: why (result-reasons), who (result-people), where next (the link
// helpers below); this file puts them together.
import { incidentChannelName } from '../incident/channel-name.ts';
import { knownRunbook, runbookHref } from '../runbooks/known-runbook.ts';
import type { CalculatorData, RunbookLink } from '../views/calculator-view.ts';
import { labelWithAliases, type LevelView } from '../views/level-view.ts';
import type { SeverityResult } from './compute-severity.ts';
import {
	cadenceText,
	openedItems,
	postmortemText,
	respondWithinText,
	responseText,
} from './level-facts.ts';
import { UNSURE, type Answers } from './model.ts';
import { describePeople, type PeopleView } from './result-people.ts';
import { rankRunbooks } from './rank-runbooks.ts';
import { describeReasons, type ReasonsView } from './result-reasons.ts';

export interface ResultView extends ReasonsView, PeopleView {
	level: LevelView;
	respondWithin: string;
	updates: { state: string; every: string }[];
	/** What is opened, in the organisation's words; empty when nothing is. */
	open: string[];
	postmortem: string;
	/** Ranked by what the answers say, then by level; a few. */
	runbooks: RunbookLink[];
	/** More runbooks fit than are shown: offer the index. */
	moreRunbooks: boolean;
	/** The runbook page the reader came from, to go back to: only ever a runbook the handbook has. */
	backTo: string | undefined;
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
	const people = describePeople(
		level.policy,
		result,
		data.model.questions,
		(id) => data.roleNames[id] ?? id,
	);
	const title = options.title?.trim();
	// The link back is built from the known runbook's id, never from the URL's value.
	const from = knownRunbook(options.fromRunbook, options.knownRunbooks ?? []);
	const unsureCount = Object.values(answers).filter((answer) => answer === UNSURE).length;
	const summary =
		`**${labelWithAliases(level)}**` +
		(title ? ` ${title}:` : ':') +
		` ${reasons.setting.map((reason) => reason.text).join(' ')}` +
		(level.responseMinutes === null
			? ''
			: ` Respond within ${responseText(level.responseMinutes)}.`) +
		(unsureCount
			? ` (${unsureCount} answer${unsureCount === 1 ? '' : 's'} not sure, rounded up.)`
			: '');
	return {
		level,
		...reasons,
		...people,
		respondWithin: respondWithinText(level.responseMinutes, level.coverage),
		updates: (['investigating', 'identified', 'monitoring'] as const).map((state) => ({
			state,
			every: cadenceText(level.updateEveryMinutes[state]),
		})),
		open: openedItems(level.opens, {
			'incident-channel': incidentChannelName(data.incidentChannel, options.now, options.title),
			'status-page': data.statusPageUrl,
		}),
		postmortem: postmortemText(level.postmortem),
		...(({ shown, more }) => ({ runbooks: shown, moreRunbooks: more }))(
			rankRunbooks(data, answers, level.id, options.fromRunbook),
		),
		backTo: from ? runbookHref(from) : undefined,
		summary,
	};
}

/**
 * The incident clock link: level, answers, origin and the people the answers bring in, carried
 * in the URL for the clock to read.
 */
export function clockHref(level: string, search: string, bringIn: readonly string[] = []): string {
	const params = new URLSearchParams(search);
	params.set('severity', level);
	if (bringIn.length) params.set('bring', bringIn.join(','));
	else params.delete('bring');
	return `/tools/incident-clock/?${params.toString()}`;
}

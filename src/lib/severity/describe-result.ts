// Turns a computed severity into what the calculator shows and copies. Pure: `now` is passed in.
import { incidentChannelName } from '../incident/channel-name.ts';
import { knownRunbook, runbookHref } from '../runbooks/known-runbook.ts';
import { formatMinutes } from '../time/format-minutes.ts';
import {
	cadenceText,
	NOTHING_OPENED,
	openedItems,
	postmortemText,
	respondWithinText,
	stepWhenText,
} from './level-facts.ts';
import type { SeverityResult } from './compute-severity.ts';
import { UNSURE, type Answers } from './model.ts';
import type { CalculatorData, RunbookLink } from '../views/calculator-view.ts';
import { labelWithAliases, type LevelView } from '../views/level-view.ts';

export interface ResultView {
	level: LevelView;
	/** One per matching rule, most severe first, with what "not sure" answers were taken as. */
	reasons: { ruleId: string; level: string; text: string; assumed: string[] }[];
	respondWithin: string;
	updates: { state: string; every: string }[];
	page: { when: string; who: string }[];
	open: string[];
	postmortem: string;
	runbooks: RunbookLink[];
	/** The runbook page the reader came from, to go back to: only ever a runbook the handbook has. */
	backTo: string | undefined;
	/** One Markdown line: level, reasons, response time. */
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
	const label = (id: string) => data.levels.find((candidate) => candidate.id === id)?.label ?? id;
	const reasons = result.matches.map(({ rule, assumed }) => ({
		ruleId: rule.id,
		level: label(rule.level),
		text: rule.reason,
		assumed: Object.entries(assumed).map(([questionId, optionId]) => {
			const question = data.model.questions.find((q) => q.id === questionId)!;
			const option = question.options.find((o) => o.id === optionId)!;
			return `“${question.label}” is not sure, so counted as “${option.label}”.`;
		}),
	}));
	const opens = openedItems(level.opens, {
		incidentChannel: incidentChannelName(data.incidentChannel, options.now, options.title),
		statusPage: data.statusPageUrl,
	});
	const title = options.title?.trim();
	// The link back is built from the known runbook's id, never from the URL's value.
	const from = knownRunbook(options.fromRunbook, options.knownRunbooks ?? []);
	const unsureCount = Object.values(answers).filter((answer) => answer === UNSURE).length;
	const summary =
		`**${labelWithAliases(level)}**` +
		(title ? ` ${title}:` : ':') +
		` ${reasons
			.filter((reason) => reason.level === level.label)
			.map((reason) => reason.text)
			.join(' ')}` +
		` Respond within ${formatMinutes(level.responseMinutes)}.` +
		(unsureCount
			? ` (${unsureCount} answer${unsureCount === 1 ? '' : 's'} not sure, rounded up.)`
			: '');
	return {
		level,
		reasons,
		respondWithin: respondWithinText(level.responseMinutes, level.coverage),
		updates: (['investigating', 'identified', 'monitoring'] as const).map((state) => ({
			state,
			every: cadenceText(level.updateEveryMinutes[state]),
		})),
		page: level.policy.steps.map((step) => ({
			when: `${stepWhenText(step.afterMinutes)}${step.afterMinutes === 0 ? '' : ' without acknowledgement'}`,
			who: step.targets.join(' + '),
		})),
		open: opens.length ? opens : [NOTHING_OPENED],
		postmortem: postmortemText(level.postmortem),
		runbooks: (data.runbooksByLevel[level.id] ?? []).filter(
			(runbook) => runbook.id !== options.fromRunbook,
		),
		backTo: from ? runbookHref(from) : undefined,
		summary,
	};
}

/** The incident clock link: level, answers and origin carried in the URL for the clock to read. */
export function clockHref(level: string, search: string): string {
	const params = new URLSearchParams(search);
	params.set('severity', level);
	return `/tools/incident-clock/?${params.toString()}`;
}

// Where the calculator's result leads: the runbooks that fit, the runbook the reader came from,
// and the incident clock with what the calculator knows.
import { knownRunbook, runbookHref } from '../runbooks/known-runbook.ts';
import type { RunbookLink } from '../views/calculator-view.ts';
import type { Answers } from './model.ts';
import { rankRunbooks } from './rank-runbooks.ts';

export interface ResultLinks {
	/** Ranked by what the answers say, then by level; a few. */
	runbooks: RunbookLink[];
	/** More runbooks fit than are shown: offer the index. */
	moreRunbooks: boolean;
	/** The runbook page the reader came from, to go back to: only ever a runbook the handbook has. */
	backTo: string | undefined;
}

export function describeLinks(
	data: Parameters<typeof rankRunbooks>[0],
	answers: Answers,
	level: string,
	from: {
		/** `runbook=` from the URL: untrusted, used only if it is one of `knownRunbooks`. */
		fromRunbook?: string | undefined;
		/** The handbook's runbooks (its /runbooks.json); none known means no way back. */
		knownRunbooks?: readonly { id: string }[] | undefined;
	},
): ResultLinks {
	const { shown, more } = rankRunbooks(data, answers, level, from.fromRunbook);
	// The link back is built from the known runbook's id, never from the URL's value.
	const back = knownRunbook(from.fromRunbook, from.knownRunbooks ?? []);
	return { runbooks: shown, moreRunbooks: more, backTo: back ? runbookHref(back) : undefined };
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

// State for the severity calculator: answers live in the URL (shareable, survive reloads, and
// back/forward walk through them); everything shown is derived from them by src/lib/severity.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { readAnswers, writeAnswers } from '../../../lib/severity/answers-url.ts';
import type { CalculatorData } from '../../../lib/views/calculator-view.ts';
import { computeSeverity } from '../../../lib/severity/compute-severity.ts';
import { describeResult } from '../../../lib/severity/describe-result.ts';
import { clockHref } from '../../../lib/severity/result-links.ts';
import { useRunbooks } from '../shared/useRunbooks.ts';
import { sitePath } from '../../../site-path.ts';

interface UrlState {
	answers: Record<string, string>;
	title: string;
	fromRunbook: string | undefined;
}

function readUrl(data: CalculatorData): UrlState {
	const params = new URLSearchParams(location.search);
	return {
		answers: readAnswers(data.model, location.search),
		title: params.get('title') ?? '',
		fromRunbook: params.get('runbook') ?? undefined,
	};
}

function searchFor(data: CalculatorData, state: UrlState): string {
	const params = new URLSearchParams(writeAnswers(data.model, state.answers, location.search));
	if (state.title.trim()) params.set('title', state.title);
	else params.delete('title');
	return params.toString();
}

function urlFor(data: CalculatorData, state: UrlState): string {
	const search = searchFor(data, state);
	return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

export type CopyState = 'idle' | 'copied' | 'failed';

export function useSeverityCalculator(data: CalculatorData) {
	// Starts empty so the server-rendered form and the first client render agree; the URL is
	// read right after hydration.
	const [state, setState] = useState<UrlState>({ answers: {}, title: '', fromRunbook: undefined });
	const [copy, setCopy] = useState<CopyState>('idle');
	// The link back to the runbook the reader came from is offered only for a runbook the handbook
	// has, so the list is fetched (once) only when the URL names one.
	const knownRunbooks = useRunbooks(Boolean(state.fromRunbook));

	useEffect(() => {
		setState(readUrl(data));
		const onPopState = () => setState(readUrl(data));
		addEventListener('popstate', onPopState);
		return () => removeEventListener('popstate', onPopState);
	}, [data]);

	const update = useCallback(
		(next: UrlState, mode: 'push' | 'replace' = 'push') => {
			setState(next);
			setCopy('idle');
			const url = urlFor(data, next);
			if (mode === 'push') history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		},
		[data],
	);

	const result = useMemo(() => computeSeverity(data.model, state.answers), [data, state.answers]);
	const view = useMemo(
		() =>
			describeResult(data, result, state.answers, {
				now: new Date(),
				title: state.title,
				...(state.fromRunbook ? { fromRunbook: state.fromRunbook } : {}),
				knownRunbooks,
			}),
		[data, result, state, knownRunbooks],
	);

	return {
		answers: state.answers,
		title: state.title,
		result,
		view,
		clockLink:
			view && typeof location !== 'undefined'
				? sitePath(
						clockHref(
							view.level.id,
							searchFor(data, state),
							view.bringIn.map((item) => item.id),
						),
					)
				: undefined,
		copy,
		answer: (questionId: string, value: string) =>
			update({ ...state, answers: { ...state.answers, [questionId]: value } }),
		// Typing replaces the history entry: one entry per answer, not per keystroke.
		setTitle: (title: string) => update({ ...state, title }, 'replace'),
		reset: () => update({ ...state, answers: {}, title: '' }),
		/** Never rejects (a refused clipboard shows as `copy: 'failed'`), so a click can ignore it. */
		copySummary: async () => {
			if (!view) return;
			try {
				await navigator.clipboard.writeText(view.summary);
				setCopy('copied');
			} catch {
				setCopy('failed');
			}
		},
	};
}

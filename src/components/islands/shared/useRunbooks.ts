// The handbook's runbooks (id and title), fetched from this site's /runbooks.json: the list grows
// with the handbook, so it is not baked into the page. The incident clock offers them and both it
// and the severity calculator accept a `runbook=` from their URL only when it names one of them.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RunbookLink } from '../../../lib/runbooks/known-runbook.ts';
import { sitePath } from '../../../site-path.ts';

/**
 * The runbook list, empty until it arrives. Fetched once, the first time `wanted` is true: the
 * calculator only needs it when its URL names a runbook.
 */
export function useRunbooks(wanted = true): RunbookLink[] {
	const [runbooks, setRunbooks] = useState<RunbookLink[]>([]);
	const requested = useRef(false);
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);
	useEffect(() => {
		if (!wanted || requested.current) return;
		requested.current = true;
		fetch(sitePath('/runbooks.json'))
			.then((response) => (response.ok ? response.json() : []))
			.then((list: unknown) => {
				if (!mounted.current || !Array.isArray(list)) return;
				setRunbooks(
					list.filter((item: unknown): item is RunbookLink => {
						const { id, title } = (item ?? {}) as { id?: unknown; title?: unknown };
						return typeof id === 'string' && typeof title === 'string';
					}),
				);
			})
			// Offline without a cached copy: the tools work without the runbook list.
			.catch(() => undefined);
	}, [wanted]);
	return runbooks;
}

// The handbook's runbooks (id and title), fetched from this site's /runbooks.json when the clock
// opens: the list grows with the handbook, so it is not baked into the page.
import { useEffect, useState } from 'preact/hooks';

export interface RunbookLink {
	id: string;
	title: string;
}

export function useRunbooks(): RunbookLink[] {
	const [runbooks, setRunbooks] = useState<RunbookLink[]>([]);
	useEffect(() => {
		let live = true;
		fetch('/runbooks.json')
			.then((response) => (response.ok ? response.json() : []))
			.then((list: unknown) => {
				if (!live || !Array.isArray(list)) return;
				setRunbooks(
					list.filter(
						(item): item is RunbookLink =>
							typeof item?.id === 'string' && typeof item?.title === 'string',
					),
				);
			})
			// Offline without a cached copy: the clock works without the runbook list.
			.catch(() => undefined);
		return () => {
			live = false;
		};
	}, []);
	return runbooks;
}

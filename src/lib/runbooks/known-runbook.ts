// Which runbook a link names. Tools read a runbook id from their URL (`?runbook=runbooks/…`) and
// link back to it or record it; the value is accepted only when it is exactly the id of one of the
// handbook's runbooks, and every href is built from that known id, never from what the URL said.
// Anything else (another host, `javascript:`, an encoded path, a typo) is dropped silently.

/** A runbook as listed by the site's /runbooks.json. */
export interface RunbookLink {
	id: string;
	title: string;
}

/** The runbook whose id is exactly `id`, or undefined when the handbook has none by that id. */
export function knownRunbook<Runbook extends { id: string }>(
	id: string | null | undefined,
	runbooks: readonly Runbook[],
): Runbook | undefined {
	if (!id) return undefined;
	return runbooks.find((runbook) => runbook.id === id);
}

/** A runbook page's path. Only for runbooks from the handbook (see `knownRunbook`). */
export const runbookHref = (runbook: { id: string }) => `/${runbook.id}/`;

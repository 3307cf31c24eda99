// Alert permalinks are case-sensitive files on a static host, but people type alert names the way
// they remember them: the 404 page looks the name up (src/components/overrides/Hero.astro).

/** The alert name a path asks for: `/alerts/higherrorrate/` gives `higherrorrate`. */
export function requestedAlertName(pathname: string): string | undefined {
	const match = /^\/alerts\/([^/]+)\/?$/.exec(pathname);
	if (!match) return undefined;
	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return undefined; // a malformed escape is no alert's name
	}
}

/**
 * The alert `name` means: the one whose id is exactly `name`, else the one whose id equals it
 * ignoring case. None when two ids differ only in case: guessing could open the wrong runbook.
 */
export function findAlert<Alert extends { id: string }>(
	alerts: readonly Alert[],
	name: string,
): Alert | undefined {
	const exact = alerts.find((alert) => alert.id === name);
	if (exact) return exact;
	const folded = name.toLowerCase();
	const matches = alerts.filter((alert) => alert.id.toLowerCase() === folded);
	return matches.length === 1 ? matches[0] : undefined;
}

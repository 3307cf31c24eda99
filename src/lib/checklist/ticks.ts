// What a role page's checklist remembers between reloads: the steps ticked, by their text, so a
// step reworded or removed in the content simply comes back unticked. Pure; the page's script
// does the reading and writing (src/components/parts/RoleChecklist.astro).

/** The storage key for one page's checklist, e.g. `firebreak:checklist:incident-commander`. */
export const ticksKey = (checklist: string) => `firebreak:checklist:${checklist}`;

/**
 * The ticked steps in what storage held. Anything else (nothing, not JSON, not a list of strings,
 * written by another version) means nothing is ticked: a checklist never breaks the page.
 */
export function parseTicks(stored: string | null): Set<string> {
	if (stored === null) return new Set();
	let value: unknown;
	try {
		value = JSON.parse(stored);
	} catch {
		return new Set();
	}
	if (!Array.isArray(value)) return new Set();
	return new Set(value.filter((step): step is string => typeof step === 'string'));
}

/** What to store for these ticked steps. */
export const serializeTicks = (ticked: Iterable<string>): string => JSON.stringify([...ticked]);

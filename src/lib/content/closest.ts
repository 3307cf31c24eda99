/** Edit distance between two short strings (ids), for "did you mean" hints. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The candidate nearest to `wanted`, if it is close enough to be a likely typo and no other
 * candidate is as close (`sev5` is as near `sev1` as `sev4`: suggesting one would mislead).
 */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
	const scored = [...candidates]
		.map((id) => ({ id, score: distance(wanted.toLowerCase(), id.toLowerCase()) }))
		.sort((a, b) => a.score - b.score);
	const [best, runnerUp] = scored;
	if (!best || best.score > Math.max(2, Math.floor(wanted.length / 3))) return undefined;
	return runnerUp?.score === best.score ? undefined : best.id;
}

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * "Did you mean" for an id that may have been renamed rather than misspelt: a candidate that
 * still answers to the old id by one of its names (a level's label or aliases: `sev1` finds
 * `p0` whose aliases include `SEV1`), else the nearest id.
 */
export function suggestRenamed(
	wanted: string,
	candidates: readonly { id: string; names: readonly string[] }[],
): string | undefined {
	const key = normalise(wanted);
	const named = candidates.filter((candidate) => candidate.names.some((n) => normalise(n) === key));
	if (named.length === 1) return named[0]!.id;
	return closest(
		wanted,
		candidates.map((candidate) => candidate.id),
	);
}

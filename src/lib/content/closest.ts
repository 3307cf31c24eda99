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

/** The candidate nearest to `wanted`, if it is close enough to be a likely typo. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
	let best: { id: string; score: number } | undefined;
	for (const id of candidates) {
		const score = distance(wanted.toLowerCase(), id.toLowerCase());
		if (!best || score < best.score) best = { id, score };
	}
	return best && best.score <= Math.max(2, Math.floor(wanted.length / 3)) ? best.id : undefined;
}

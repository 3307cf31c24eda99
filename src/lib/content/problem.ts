/** One thing wrong with the content, written for the person holding the file. */
export interface ContentProblem {
	/** The file, relative to the project root, e.g. `src/content/severities/sev1.yaml`. */
	file: string;
	/** Where in the file, when the parser knows: 1-based, as editors count. */
	line?: number;
	column?: number;
	/** Which entry inside the file, when a file holds several (e.g. `alert HighErrorRate`). */
	entry?: string;
	/** The field, as a path, e.g. `steps[1].targets[0]`; empty for the file as a whole. */
	field: string;
	/** A link on a built page that leads nowhere: as written, and whether its page or anchor is missing. */
	link?: { href: string; missing: 'page' | 'anchor' };
	/** What is wrong. */
	message: string;
	/** How to fix it. */
	fix: string;
}

/** Formats a field path the way an author would point at it: `steps[1].targets[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => {
			if (typeof key === 'number') return `[${key}]`;
			return index === 0 ? String(key) : `.${String(key)}`;
		})
		.join('');
}

/** `file:line:column`, the form editors and terminals turn into a link to the spot. */
function location(problem: ContentProblem): string {
	if (problem.line === undefined) return problem.file;
	return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

/**
 * The report `npm run build` and `npm run check:content` print when content is wrong: a headline
 * counting `unit`s found in `subject`, then each problem with where it is and its fix.
 */
export function formatProblems(
	problems: readonly ContentProblem[],
	{ subject = 'the handbook content', unit = 'problem' } = {},
): string {
	const count = `${problems.length} ${unit}${problems.length === 1 ? '' : 's'}`;
	const lines = [`Firebreak found ${count} in ${subject}:`, ''];
	for (const problem of problems) {
		const where = [location(problem), problem.entry && `(${problem.entry})`]
			.filter(Boolean)
			.join(' ');
		const target = problem.field
			? ` → field \`${problem.field}\``
			: problem.link
				? ` → link \`${problem.link.href}\`: no such ${problem.link.missing}`
				: '';
		lines.push(`✗ ${where}${target}`, `  ${problem.message}`, `  Fix: ${problem.fix}`, '');
	}
	return lines.join('\n');
}

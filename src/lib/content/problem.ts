/** One thing wrong with the content, written for the person holding the file. */
export interface ContentProblem {
	/** The file, relative to the project root, e.g. `src/content/severities/sev1.yaml`. */
	file: string;
	/** Which entry inside the file, when a file holds several (e.g. `alert HighErrorRate`). */
	entry?: string;
	/** The field, as a path, e.g. `steps[1].targets[0]`; empty for the file as a whole. */
	field: string;
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

/** The report `npm run build` and `npm run check:content` print when content is wrong. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const lines = [`Firebreak found ${count} in the handbook content:`, ''];
	for (const problem of problems) {
		const where = [problem.file, problem.entry && `(${problem.entry})`].filter(Boolean).join(' ');
		const field = problem.field ? ` → field \`${problem.field}\`` : '';
		lines.push(`✗ ${where}${field}`, `  ${problem.message}`, `  Fix: ${problem.fix}`, '');
	}
	return lines.join('\n');
}

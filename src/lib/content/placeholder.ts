import type { ContentProblem } from './problem.ts';
import { formatPath } from './problem.ts';

/**
 * The marker `npm run new:runbook` leaves wherever an author must write something. The content
 * check rejects any page that still contains it, so a scaffold cannot ship by accident.
 */
export const PLACEHOLDER = '[[fill in';

export const placeholder = (hint: string) => `${PLACEHOLDER}: ${hint}]]`;

function* strings(
	value: unknown,
	path: PropertyKey[] = [],
): Generator<{ text: string; path: PropertyKey[] }> {
	if (typeof value === 'string') yield { text: value, path };
	else if (Array.isArray(value))
		for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** Problems for every placeholder left in a page's frontmatter (`data`) or body. */
export function findPlaceholders(file: string, data: unknown, body: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { text, path } of strings(data)) {
		if (!text.includes(PLACEHOLDER)) continue;
		problems.push({
			file,
			field: formatPath(path),
			message: `Still the scaffold's placeholder: ${text}`,
			fix: 'Replace it with the real value.',
		});
	}
	body.split('\n').forEach((line, index) => {
		if (!line.includes(PLACEHOLDER)) return;
		problems.push({
			file,
			field: `body, line ${index + 1}`,
			message: `Still the scaffold's placeholder: ${line.trim()}`,
			fix: 'Write this part of the runbook, or delete the line.',
		});
	});
	return problems;
}

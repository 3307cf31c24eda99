// The one way Node code reads the handbook: the build's content check, `npm run check:content`,
// `check:stale` and `new:runbook` all see the same entries, parsed and validated by the same
// schemas, with the same problems. Node-only (it reads the disk); the checks are in src/lib/content/.
import { join } from 'node:path';
import { validateContent } from '../lib/content/check-content.ts';
import type { ContentProblem } from '../lib/content/problem.ts';
import type { ParsedContent } from '../lib/content/schemas.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { readContent } from './read-content.ts';

export interface LoadedContent {
	/** Every entry that passed its schema, typed per collection. */
	content: ParsedContent;
	/** Everything wrong, in the order a report lists it: unreadable files first. */
	problems: ContentProblem[];
	/** Every id on disk, valid or not, with its file: what a new entry must not collide with. */
	files: Map<CollectionName, Map<string, string>>;
}

/** Reads, parses and checks the content tree of the project at `root` (`<root>/src/content`). */
export function loadContent(root: string): LoadedContent {
	const { entries, problems: unreadable } = readContent(join(root, 'src/content'), root);
	const { content, problems } = validateContent(entries);
	const files = new Map<CollectionName, Map<string, string>>();
	for (const entry of entries) {
		if (entry.id === '') continue;
		const ids = files.get(entry.collection) ?? new Map<string, string>();
		if (!ids.has(entry.id)) ids.set(entry.id, entry.file);
		files.set(entry.collection, ids);
	}
	return { content, problems: [...unreadable, ...problems], files };
}

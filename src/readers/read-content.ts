// Reads the content tree from disk the way Astro's loaders will, so the content check sees the
// same entries with the same ids. Node-only: the checks themselves are pure (src/lib/content/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { COLLECTION_PATHS, SINGLE_ENTRY_ID } from '../lib/content/content-paths.ts';
import { parseBody, parsePage, parseYamlSource } from '../lib/content/parse-source.ts';
import type { ContentProblem } from '../lib/content/problem.ts';
import type { RawEntry } from '../lib/content/raw-entry.ts';
import type { CollectionName } from '../schemas/reference.ts';

export interface ReadResult {
	entries: RawEntry[];
	/** Files that are missing or cannot be parsed at all, each reported once. */
	problems: ContentProblem[];
}

const DOCS_EXTENSIONS = /\.(md|mdx)$/;
const YAML_EXTENSIONS = /\.ya?ml$/;

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
		const path = join(dir, item.name);
		return item.isDirectory() ? walk(path) : [path];
	});
}

/** Astro's glob loader id for a docs file: the slugified path without extension or `/index`. */
export function docsId(pathInDocs: string): string {
	const withoutExtension = pathInDocs.replace(DOCS_EXTENSIONS, '').split('\\').join('/');
	const slug = withoutExtension
		.split('/')
		.map((segment) => new GithubSlugger().slug(segment))
		.join('/');
	return slug === 'index' ? 'index' : slug.replace(/\/index$/, '');
}

/** Reads every collection under `contentDir`; `root` makes file names in messages relative. */
export function readContent(contentDir: string, root = process.cwd()): ReadResult {
	const entries: RawEntry[] = [];
	const problems: ContentProblem[] = [];
	const rel = (path: string) => relative(root, path).split('\\').join('/');
	/** A YAML file's data; undefined (and the problem recorded) when it does not parse. */
	const readYaml = (path: string): { data: unknown } | undefined => {
		const parsed = parseYamlSource(readFileSync(path, 'utf8'), rel(path));
		if (parsed.ok) return { data: parsed.value };
		problems.push(parsed.problem);
		return undefined;
	};

	for (const [name, where] of Object.entries(COLLECTION_PATHS) as [
		CollectionName,
		(typeof COLLECTION_PATHS)[CollectionName],
	][]) {
		const path = join(contentDir, where.path);
		if (where.kind === 'docs') {
			for (const file of walk(path).filter((f) => DOCS_EXTENSIONS.test(f))) {
				const inDocs = relative(path, file);
				if (inDocs.split(/[\\/]/).some((segment) => segment.startsWith('_'))) continue;
				const where = { collection: name, id: docsId(inDocs), file: rel(file) };
				const { frontmatter, body } = parsePage(readFileSync(file, 'utf8'), where.file);
				// The body is parsed even when the frontmatter is not: they fail independently.
				const parsedBody = parseBody(body, where.file);
				if (!parsedBody.ok) problems.push(parsedBody.problem);
				if (!frontmatter.ok) {
					problems.push(frontmatter.problem);
					entries.push({ ...where, data: undefined, unreadable: true });
					continue;
				}
				entries.push({
					...where,
					data: frontmatter.value,
					body,
					...(parsedBody.ok ? { headings: parsedBody.value.headings } : {}),
				});
			}
		} else if (where.kind === 'folder') {
			for (const file of walk(path).filter((f) => YAML_EXTENSIONS.test(f))) {
				const where = {
					collection: name,
					id: relative(path, file).replace(YAML_EXTENSIONS, ''),
					file: rel(file),
				};
				const read = readYaml(file);
				entries.push(
					read ? { ...where, data: read.data } : { ...where, data: undefined, unreadable: true },
				);
			}
		} else if (!existsSync(path)) {
			if (where.kind === 'single') {
				problems.push({
					file: rel(path),
					field: '',
					message: 'This file is missing.',
					fix: `Create it; see src/schemas/${name}.ts for its fields.`,
				});
			}
		} else {
			const read = readYaml(path);
			if (where.kind === 'single') {
				const where = { collection: name, id: SINGLE_ENTRY_ID, file: rel(path) };
				entries.push(
					read ? { ...where, data: read.data } : { ...where, data: undefined, unreadable: true },
				);
				continue;
			}
			if (read && !Array.isArray(read.data)) {
				problems.push({
					file: rel(path),
					field: '',
					message: 'This file must be a YAML list (each item starting with `- id:`).',
					fix: 'Write one list item per entry, each with an `id`.',
				});
			}
			if (!read || !Array.isArray(read.data)) {
				// Its ids are unknown: one entry stands for the whole file (see RawEntry.unreadable).
				entries.push({
					collection: name,
					id: '',
					file: rel(path),
					data: undefined,
					unreadable: true,
				});
				continue;
			}
			read.data.forEach((item, index) => {
				const rawId = (item as { id?: unknown } | null)?.id;
				// YAML reads `id: 404` as a number; anything else that is not text is no id at all.
				const id =
					typeof rawId === 'string' || typeof rawId === 'number'
						? String(rawId)
						: `(item ${index + 1} has no id)`;
				entries.push({
					collection: name,
					id,
					file: rel(path),
					location: `item ${index + 1}`,
					data: item,
				});
			});
		}
	}
	return { entries, problems };
}

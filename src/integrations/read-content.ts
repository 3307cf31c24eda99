// Reads the content tree from disk the way Astro's loaders will, so the content check sees the
// same entries with the same ids. Node-only: the checks themselves are pure (src/lib/content/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CONTENT_LAYOUT, SINGLE_ENTRY_ID } from '../lib/content/layout.ts';
import type { ContentProblem } from '../lib/content/problem.ts';
import type { RawEntry } from '../lib/content/raw-entry.ts';
import type { CollectionName } from '../schemas/reference.ts';

export interface ReadResult {
	entries: RawEntry[];
	/** Files that are missing or cannot be parsed at all. */
	problems: ContentProblem[];
}

const DOCS_EXTENSIONS = /\.(md|mdx)$/;
const YAML_EXTENSIONS = /\.ya?ml$/;

function readYaml(path: string, file: string, problems: ContentProblem[]): unknown {
	try {
		return parseYaml(readFileSync(path, 'utf8'));
	} catch (error) {
		const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
		problems.push({
			file,
			field: '',
			message: `This is not valid YAML${line ? ` (line ${line})` : ''}: ${(error as Error).message.split('\n')[0]}`,
			fix: 'Check the indentation and quoting around that line; quote values containing `:` or `#`.',
		});
		return undefined;
	}
}

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

function splitPage(source: string): { frontmatter: string; body: string; headings: string[] } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	// Blank the frontmatter rather than cut it, so line numbers in the body are the file's own.
	const body = match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
	const slugger = new GithubSlugger();
	const headings = [...body.replace(/```[\s\S]*?```/g, '').matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map(
		(m) => slugger.slug(m[1]!.replace(/[`*_]/g, '')),
	);
	return { frontmatter: match?.[1] ?? '', body, headings };
}

/** Reads every collection under `contentDir`; `root` makes file names in messages relative. */
export function readContent(contentDir: string, root = process.cwd()): ReadResult {
	const entries: RawEntry[] = [];
	const problems: ContentProblem[] = [];
	const rel = (path: string) => relative(root, path).split('\\').join('/');

	for (const [name, layout] of Object.entries(CONTENT_LAYOUT) as [
		CollectionName,
		(typeof CONTENT_LAYOUT)[CollectionName],
	][]) {
		const path = join(contentDir, layout.path);
		if (layout.kind === 'docs') {
			for (const file of walk(path).filter((f) => DOCS_EXTENSIONS.test(f))) {
				const inDocs = relative(path, file);
				if (inDocs.split(/[\\/]/).some((segment) => segment.startsWith('_'))) continue;
				const { frontmatter, body, headings } = splitPage(readFileSync(file, 'utf8'));
				let data: unknown;
				try {
					data = parseYaml(frontmatter) ?? {};
				} catch (error) {
					problems.push({
						file: rel(file),
						field: '',
						message: `The frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
						fix: 'Check the indentation and quoting between the `---` lines; quote values that contain `: `.',
					});
					entries.push({
						collection: name,
						id: docsId(inDocs),
						file: rel(file),
						data: undefined,
						unreadable: true,
					});
					continue;
				}
				entries.push({
					collection: name,
					id: docsId(inDocs),
					file: rel(file),
					data,
					headings,
					body,
				});
			}
		} else if (layout.kind === 'folder') {
			for (const file of walk(path).filter((f) => YAML_EXTENSIONS.test(f))) {
				const data = readYaml(file, rel(file), problems);
				if (data === undefined) continue;
				entries.push({
					collection: name,
					id: relative(path, file).replace(YAML_EXTENSIONS, ''),
					file: rel(file),
					data,
				});
			}
		} else if (!existsSync(path)) {
			if (layout.kind === 'single') {
				problems.push({
					file: rel(path),
					field: '',
					message: 'This file is missing.',
					fix: `Create it; see src/schemas/${name}.ts for its fields.`,
				});
			}
		} else {
			const data = readYaml(path, rel(path), problems);
			if (data === undefined) continue;
			if (layout.kind === 'single') {
				entries.push({ collection: name, id: SINGLE_ENTRY_ID, file: rel(path), data });
			} else if (!Array.isArray(data)) {
				problems.push({
					file: rel(path),
					field: '',
					message: 'This file must be a YAML list (each item starting with `- id:`).',
					fix: 'Write one list item per entry, each with an `id`.',
				});
			} else {
				data.forEach((item, index) => {
					const id = String(
						(item as { id?: unknown } | null)?.id ?? `(item ${index + 1} has no id)`,
					);
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
	}
	return { entries, problems };
}

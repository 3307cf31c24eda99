import { isEntryRef, type CollectionName, type EntryRef } from '../../schemas/reference.ts';
import { levelComponents, levelPlaceholders } from '../severity/level-names.ts';
import { closest, suggestRenamed } from './closest.ts';
import {
	checkAlert,
	checkAssessment,
	checkSeverityScale,
	checkTemplate,
} from './collection-rules.ts';
import { describeField } from './describe-field.ts';
import { COLLECTION_PATHS } from './content-paths.ts';
import { findPlaceholders } from './placeholder.ts';
import { formatPath, type ContentProblem } from './problem.ts';
import type { RawEntry } from './raw-entry.ts';
import {
	emptyContent,
	schemaFor,
	type CollectionData,
	type ParsedContent,
	type ParsedEntry,
} from './schemas.ts';

export type { ParsedContent, ParsedEntry } from './schemas.ts';

const STARLIGHT_FRONTMATTER = 'https://starlight.astro.build/reference/frontmatter/';

function entryLabel(entry: RawEntry): string | undefined {
	if (entry.collection === 'alerts') return `alert ${entry.id}`;
	return entry.location;
}

/** What the author wrote at `path` in an entry's data, before any coercion. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function parseEntry(entry: RawEntry, problems: ContentProblem[]): ParsedEntry | undefined {
	const schema = schemaFor(entry);
	// `reportInput` puts the value zod checked on each issue, so what went wrong is read from the
	// issue's data, never from the wording of zod's message.
	const result = schema.safeParse(entry.data, { reportInput: true });
	if (result.success) {
		// The schema was picked for this entry's collection, so its output is that collection's data.
		return { ...entry, parsed: result.data as CollectionData[typeof entry.collection] };
	}
	for (const issue of result.error.issues) {
		const expects = describeField(schema, issue.path);
		// A coercing field (`z.coerce.date()`) checks what coercion made of nothing, an Invalid
		// Date, so what the author wrote at the path decides too.
		const missing =
			issue.code === 'invalid_type' &&
			(issue.input === undefined || valueAt(entry.data, issue.path) === undefined);
		const invalidDate = issue.input instanceof Date && Number.isNaN(issue.input.getTime());
		const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
		const label = entryLabel(entry);
		const reference =
			entry.collection === 'docs'
				? `Starlight’s frontmatter reference (${STARLIGHT_FRONTMATTER}) and src/schemas/docs.ts`
				: 'src/schemas/';
		problems.push({
			file: entry.file,
			...(label ? { entry: label } : {}),
			field: formatPath([...issue.path, ...(unknownKeys.length === 1 ? unknownKeys : [])]),
			message: missing
				? 'This field is required but missing.'
				: invalidDate
					? `\`${String(valueAt(entry.data, issue.path))}\` is not a date.`
					: issue.message,
			fix: unknownKeys.length
				? `Remove ${unknownKeys.map((key) => `\`${key}\``).join(', ')} or check the spelling; the allowed fields are documented in ${reference}.`
				: expects
					? `${missing ? 'Add it' : 'Change it'}: ${expects}`
					: `${missing ? 'Add it' : 'Change it'}; see ${reference}.`,
		});
	}
	return undefined;
}

function whereToCreate(ref: EntryRef): string {
	if (ref.collection === 'docs') return `create src/content/docs/${ref.id}.mdx`;
	const layout = COLLECTION_PATHS[ref.collection];
	return layout.kind === 'folder'
		? `create src/content/${layout.path}/${ref.id}.yaml`
		: `add it to src/content/${layout.path}`;
}

/** Up to eight ids for a message; a long list helps nobody at 3 a.m. */
function listIds(ids: Iterable<string>): string {
	const all = [...ids];
	if (all.length === 0) return '(none yet)';
	const shown = all
		.slice(0, 8)
		.map((id) => `\`${id}\``)
		.join(', ');
	return all.length > 8 ? `${shown} and ${all.length - 8} more` : shown;
}

function* findRefs(
	value: unknown,
	path: PropertyKey[] = [],
): Generator<{ ref: EntryRef; path: PropertyKey[] }> {
	if (isEntryRef(value)) {
		yield { ref: value, path };
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* findRefs(item, [...path, index]);
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) yield* findRefs(item, [...path, key]);
	}
}

/**
 * `present` holds every id on disk, valid or not: an entry with a schema or syntax error is
 * reported once, not again by everything that refers to it. References into an `opaque`
 * collection (a list file that cannot be read, so its ids are unknown) are not judged.
 */
function checkReferences(
	content: ParsedContent,
	present: Map<CollectionName, Set<string>>,
	opaque: Set<CollectionName>,
	problems: ContentProblem[],
) {
	for (const entries of Object.values(content)) {
		for (const entry of entries.values()) {
			for (const { ref, path } of findRefs(entry.parsed)) {
				if (opaque.has(ref.collection)) continue;
				const targets = present.get(ref.collection) ?? new Set<string>();
				if (targets.has(ref.id)) continue;
				const suggestion =
					ref.collection === 'severities'
						? suggestRenamed(ref.id, levelCandidates(content, targets))
						: closest(ref.id, targets);
				const label = entryLabel(entry);
				problems.push({
					file: entry.file,
					...(label ? { entry: label } : {}),
					field: formatPath(path),
					message: `Names ${ref.collection} entry \`${ref.id}\`, which does not exist.`,
					fix: suggestion
						? `Did you mean \`${suggestion}\`? Otherwise ${whereToCreate(ref)}.`
						: `Use one of: ${listIds(targets)}; or ${whereToCreate(ref)}.`,
				});
			}
		}
	}
}

function* findStrings(
	value: unknown,
	path: PropertyKey[] = [],
): Generator<{ text: string; path: PropertyKey[] }> {
	if (typeof value === 'string') yield { text: value, path };
	else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* findStrings(item, [...path, index]);
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) yield* findStrings(item, [...path, key]);
	}
}

/**
 * Levels with the names people call them by, so an id left over from a renamed scale (`sev1`)
 * suggests the level that now carries that name (`p0`, aliases `SEV1`).
 */
function levelCandidates(content: ParsedContent, ids: Iterable<string>) {
	return [...ids].map((id) => {
		const data = content.severities.get(id)?.parsed;
		return { id, names: data ? [data.label, ...data.aliases] : [] };
	});
}

/** `{level:<id>}` in any YAML text and `<Level id="<id>" />` in pages must name a real level. */
function checkLevelNames(
	entries: readonly RawEntry[],
	content: ParsedContent,
	present: Map<CollectionName, Set<string>>,
	problems: ContentProblem[],
) {
	const levels = present.get('severities') ?? new Set<string>();
	const candidates = levelCandidates(content, levels);
	const report = (entry: RawEntry, field: string, id: string, how: string) => {
		const suggestion = suggestRenamed(id, candidates);
		problems.push({
			file: entry.file,
			field,
			message: `${how} names level \`${id}\`, which does not exist.`,
			fix: suggestion ? `Did you mean \`${suggestion}\`?` : `Use one of: ${listIds(levels)}.`,
		});
	};
	for (const entry of entries) {
		if (entry.unreadable) continue;
		for (const { text, path } of findStrings(entry.data)) {
			for (const id of levelPlaceholders(text)) {
				if (!levels.has(id)) report(entry, formatPath(path), id, `\`{level:${id}}\``);
			}
		}
		for (const id of levelComponents(entry.body ?? '')) {
			if (!levels.has(id)) report(entry, 'body', id, `\`<Level id="${id}" />\``);
		}
	}
}

const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const count = (n: number) => COUNT_WORDS[n] ?? String(n);
/** `a`, `a and b`, `a, b and c`. */
const and = (items: readonly string[]) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** One problem per id used twice, with a fix that fits where the ids come from. */
function duplicateProblem(holders: readonly RawEntry[]): ContentProblem {
	const [first] = holders as [RawEntry, ...RawEntry[]];
	const { collection, id } = first;
	const n = count(holders.length);
	const keep = 'Astro would silently keep only one.';
	const layout = COLLECTION_PATHS[collection];
	if (layout.kind === 'list') {
		// Every entry is an item of the same file: point at the items, not at a file to rename.
		const items = holders.map((entry) => entry.location ?? 'an item');
		const numbers = holders.map((entry) => entry.location?.slice('item '.length) ?? '?');
		return {
			file: first.file,
			field: 'id',
			message: `${n} ${collection} in ${first.file} have the id \`${id}\`: items ${and(numbers)}. ${keep}`,
			fix: `Rename ${holders.length === 2 ? `one of them: change the \`id\` of ${items[0]} or ${items[1]}` : `all but one of them (${and(items)})`}${collection === 'alerts' ? '; an alert’s id is its name in monitoring and its /alerts/<id>/ permalink' : ''}.`,
		};
	}
	const files = and(holders.map((entry) => entry.file));
	if (layout.kind === 'docs') {
		return {
			file: first.file,
			field: '',
			message: `${n} pages have the id \`${id}\` (the URL /${id === 'index' ? '' : `${id}/`}): ${files}. ${keep}`,
			fix: 'Rename or remove all but one of them: a page’s id is its path under src/content/docs/, lower-cased with spaces as hyphens, without `.md`/`.mdx` or a final `/index`.',
		};
	}
	return {
		file: first.file,
		field: '',
		message: `${n} files give ${collection} the id \`${id}\`: ${files}. ${keep}`,
		fix: 'Keep one file per id: merge them into one and delete the rest (the file name, without `.yaml`/`.yml`, is the id).',
	};
}

function checkDuplicates(entries: readonly RawEntry[], problems: ContentProblem[]) {
	const byId = new Map<string, RawEntry[]>();
	for (const entry of entries) {
		if (entry.unreadable && entry.id === '') continue; // a list file's stand-in, not an id
		const key = `${entry.collection}\u0000${entry.id}`;
		byId.set(key, [...(byId.get(key) ?? []), entry]);
	}
	for (const holders of byId.values())
		if (holders.length > 1) problems.push(duplicateProblem(holders));
}

/** Adds an entry under its collection; the first of two duplicates wins (reported above). */
function add<C extends CollectionName>(content: ParsedContent, entry: ParsedEntry<C>) {
	const bucket: Map<string, ParsedEntry<C>> = content[entry.collection];
	if (!bucket.has(entry.id)) bucket.set(entry.id, entry);
}

/** What the content check produces: every problem, and every entry that passed its schema. */
export interface ValidatedContent {
	content: ParsedContent;
	problems: ContentProblem[];
}

/**
 * Checks everything Astro does not: the schemas with messages that name the file and field,
 * references to missing entries, duplicate ids, and the rules that span entries (a scale of 2–7
 * levels, assessment rules naming real questions, alerts pointing at runbooks…).
 * Returns every problem found, not just the first, so one build shows them all, and the entries
 * that passed, typed per collection, for scripts that read the content.
 */
export function validateContent(entries: readonly RawEntry[]): ValidatedContent {
	const problems: ContentProblem[] = [];
	checkDuplicates(entries, problems);
	const content = emptyContent();
	for (const entry of entries) {
		if (entry.unreadable) continue;
		// A scaffold still holding placeholders gets one message per placeholder, not a cascade of
		// schema errors about the same unfinished fields.
		const unfinished =
			entry.collection === 'docs' ? findPlaceholders(entry.file, entry.data, entry.body ?? '') : [];
		problems.push(...unfinished);
		if (unfinished.length) continue;
		const parsed = parseEntry(entry, problems);
		if (parsed) add(content, parsed);
	}
	const present = new Map<CollectionName, Set<string>>();
	const opaque = new Set<CollectionName>();
	for (const entry of entries) {
		if (entry.unreadable && entry.id === '') opaque.add(entry.collection);
		else present.set(entry.collection, (present.get(entry.collection) ?? new Set()).add(entry.id));
	}
	checkReferences(content, present, opaque, problems);
	checkLevelNames(entries, content, present, problems);
	// The scale can only be judged when every level parsed; otherwise the schema errors say it all.
	if (content.severities.size === (present.get('severities')?.size ?? 0))
		checkSeverityScale(content, problems);
	checkAssessment(content, problems);
	for (const template of content.templates.values()) checkTemplate(template, content, problems);
	for (const alert of content.alerts.values()) checkAlert(alert, content, problems);
	return { content, problems };
}

/** Every problem in the content: {@link validateContent} for callers that only report. */
export function checkContent(entries: readonly RawEntry[]): ContentProblem[] {
	return validateContent(entries).problems;
}

import type { z } from 'astro/zod';
import { pageFrontmatter, runbookFrontmatter } from '../../schemas/docs.ts';
import { dataSchemas } from '../../schemas/index.ts';
import {
	isEntryRef,
	plainReference,
	type CollectionName,
	type EntryRef,
} from '../../schemas/reference.ts';
import { levelComponents, levelPlaceholders } from '../severity/level-names.ts';
import { closest } from './closest.ts';
import { describeField } from './describe-field.ts';
import { CONTENT_LAYOUT } from './layout.ts';
import { findPlaceholders } from './placeholder.ts';
import { formatPath, type ContentProblem } from './problem.ts';
import type { RawEntry } from './raw-entry.ts';
import {
	checkAssessment,
	checkSeverityScale,
	checkTemplate,
	checkAlert,
} from './collection-rules.ts';

const schemas = dataSchemas(plainReference);
const runbookSchema = runbookFrontmatter(plainReference);
const pageSchema = pageFrontmatter();

/** An entry that passed its schema, with the parsed data the cross-entry checks read. */
export interface ParsedEntry extends RawEntry {
	parsed: Record<string, unknown>;
}

/** Every parsed entry by collection, then by id. */
export type ParsedContent = Map<CollectionName, Map<string, ParsedEntry>>;

function schemaFor(entry: RawEntry): z.ZodType {
	if (entry.collection === 'docs') {
		const kind = (entry.data as { kind?: unknown } | null)?.kind;
		return kind === 'runbook' ? runbookSchema : pageSchema;
	}
	return schemas[entry.collection];
}

function entryLabel(entry: RawEntry): string | undefined {
	if (entry.collection === 'alerts') return `alert ${entry.id}`;
	return entry.location;
}

function parseEntry(entry: RawEntry, problems: ContentProblem[]): ParsedEntry | undefined {
	const schema = schemaFor(entry);
	const result = schema.safeParse(entry.data);
	if (result.success) return { ...entry, parsed: result.data as Record<string, unknown> };
	for (const issue of result.error.issues) {
		const expects = describeField(schema, issue.path);
		const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
		const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
		const label = entryLabel(entry);
		problems.push({
			file: entry.file,
			...(label ? { entry: label } : {}),
			field: formatPath([...issue.path, ...(unknownKeys.length === 1 ? unknownKeys : [])]),
			message: missing ? 'This field is required but missing.' : issue.message,
			fix: unknownKeys.length
				? `Remove ${unknownKeys.map((key) => `\`${key}\``).join(', ')} or check the spelling; the allowed fields are documented in src/schemas/.`
				: expects
					? `${missing ? 'Add it' : 'Change it'}: ${expects}`
					: 'See the field’s documentation in src/schemas/.',
		});
	}
	return undefined;
}

function whereToCreate(ref: EntryRef): string {
	if (ref.collection === 'docs') return `create src/content/docs/${ref.id}.mdx`;
	const layout = CONTENT_LAYOUT[ref.collection];
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

// `present` holds every id on disk, valid or not: an entry with a schema error is reported once,
// not again by everything that refers to it.
function checkReferences(
	content: ParsedContent,
	present: Map<CollectionName, Set<string>>,
	problems: ContentProblem[],
) {
	for (const entries of content.values()) {
		for (const entry of entries.values()) {
			for (const { ref, path } of findRefs(entry.parsed)) {
				const targets = present.get(ref.collection) ?? new Set<string>();
				if (targets.has(ref.id)) continue;
				const suggestion = closest(ref.id, targets);
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

/** `{level:<id>}` in any YAML text and `<Level id="<id>" />` in pages must name a real level. */
function checkLevelNames(
	entries: readonly RawEntry[],
	present: Map<CollectionName, Set<string>>,
	problems: ContentProblem[],
) {
	const levels = present.get('severities') ?? new Set<string>();
	const report = (entry: RawEntry, field: string, id: string, how: string) => {
		const suggestion = closest(id, levels);
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

function checkDuplicates(entries: readonly RawEntry[], problems: ContentProblem[]) {
	const seen = new Map<string, RawEntry>();
	for (const entry of entries) {
		const key = `${entry.collection}\u0000${entry.id}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, entry);
			continue;
		}
		const label = entryLabel(entry);
		problems.push({
			file: entry.file,
			...(label ? { entry: label } : {}),
			field: entry.collection === 'alerts' ? 'id' : '',
			message: `Duplicate id \`${entry.id}\` in ${entry.collection}: ${first.file}${first.location ? ` (${first.location})` : ''} already uses it. Astro would silently keep only one.`,
			fix: 'Give each entry its own id (rename the file, or change the `id` field).',
		});
	}
}

/**
 * Checks everything Astro does not: the schemas with messages that name the file and field,
 * references to missing entries, duplicate ids, and the rules that span entries (a scale of 2–7
 * levels, assessment rules naming real questions, alerts pointing at runbooks…).
 * Returns every problem found, not just the first, so one build shows them all.
 */
export function checkContent(entries: readonly RawEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	checkDuplicates(entries, problems);
	const content: ParsedContent = new Map();
	for (const entry of entries) {
		// A scaffold still holding placeholders gets one message per placeholder, not a cascade of
		// schema errors about the same unfinished fields.
		if (entry.unreadable) continue;
		const unfinished =
			entry.collection === 'docs' ? findPlaceholders(entry.file, entry.data, entry.body ?? '') : [];
		problems.push(...unfinished);
		if (unfinished.length) continue;
		const parsed = parseEntry(entry, problems);
		if (!parsed) continue;
		const bucket = content.get(entry.collection) ?? new Map<string, ParsedEntry>();
		if (!bucket.has(entry.id)) bucket.set(entry.id, parsed);
		content.set(entry.collection, bucket);
	}
	const present = new Map<CollectionName, Set<string>>();
	for (const entry of entries)
		present.set(entry.collection, (present.get(entry.collection) ?? new Set()).add(entry.id));
	checkReferences(content, present, problems);
	checkLevelNames(entries, present, problems);
	// The scale can only be judged when every level parsed; otherwise the schema errors say it all.
	if (content.get('severities')?.size === present.get('severities')?.size)
		checkSeverityScale(content, problems);
	checkAssessment(content, problems);
	for (const template of content.get('templates')?.values() ?? [])
		checkTemplate(template, content, problems);
	for (const alert of content.get('alerts')?.values() ?? []) checkAlert(alert, content, problems);
	return problems;
}

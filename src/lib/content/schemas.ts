// The schemas the content check validates with, and the types of what they produce: the same
// schemas `src/content.config.ts` gives Astro, built over `plainReference` so they run in Node.
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pageFrontmatter, runbookFrontmatter } from '../../schemas/docs.ts';
import { dataSchemas, type DataCollectionName } from '../../schemas/index.ts';
import { plainReference, type CollectionName } from '../../schemas/reference.ts';
import type { RawEntry } from './raw-entry.ts';

type StarlightContext = Parameters<ReturnType<typeof docsSchema>>[0];
// Starlight's frontmatter schema takes Astro's `image()` helper; outside Astro an image is a path.
const context = { image: () => z.string() } as unknown as StarlightContext;

const data = dataSchemas(plainReference);

/**
 * A docs page's frontmatter as Astro validates it: Starlight's fields (`title`, `description`…)
 * merged with Firebreak's. `kind` picks the variant, so an error names the runbook's own fields
 * instead of "matches neither a page nor a runbook".
 */
export const docsSchemas = {
	runbook: docsSchema({ extend: runbookFrontmatter(plainReference) })(context),
	page: docsSchema({ extend: pageFrontmatter() })(context),
};

export type RunbookData = z.output<typeof docsSchemas.runbook>;
export type PageData = z.output<typeof docsSchemas.page>;

/** What each collection's entries hold once they pass their schema. */
export type CollectionData = { [C in DataCollectionName]: z.output<(typeof data)[C]> } & {
	docs: RunbookData | PageData;
};

/** The schema for one raw entry: the collection's, or for a docs page the one its `kind` picks. */
export function schemaFor(entry: RawEntry): z.ZodType {
	if (entry.collection !== 'docs') return data[entry.collection];
	const kind = (entry.data as { kind?: unknown } | null | undefined)?.kind;
	return kind === 'runbook' ? docsSchemas.runbook : docsSchemas.page;
}

/** An entry that passed its schema, with its parsed data typed for its collection. */
export interface ParsedEntry<C extends CollectionName = CollectionName> extends RawEntry {
	collection: C;
	parsed: CollectionData[C];
}

/** Every entry that passed its schema, by collection, then by id. */
export type ParsedContent = { [C in CollectionName]: Map<string, ParsedEntry<C>> };

export const emptyContent = (): ParsedContent => ({
	docs: new Map(),
	severities: new Map(),
	assessment: new Map(),
	escalation: new Map(),
	roles: new Map(),
	alerts: new Map(),
	templates: new Map(),
	settings: new Map(),
	scenarios: new Map(),
});

/** True for a parsed docs page that is a runbook. */
export const isRunbook = (
	entry: ParsedEntry<'docs'>,
): entry is ParsedEntry<'docs'> & { parsed: RunbookData } => entry.parsed.kind === 'runbook';

import { z } from 'astro/zod';

/** Every collection Firebreak defines, by the name used in `src/content.config.ts`. */
export type CollectionName =
	| 'docs'
	| 'severities'
	| 'assessment'
	| 'escalation'
	| 'roles'
	| 'alerts'
	| 'templates'
	| 'settings'
	| 'scenarios';

/** What a reference field holds once parsed: the same shape Astro's `reference()` produces. */
export interface EntryRef<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * Builds a schema for "the id of an entry in collection C".
 *
 * Schemas are factories over this function (the pattern Starlight uses for `image()`), so the
 * same schema runs inside Astro with its `reference()` and in plain Node (tests, scripts and the
 * content-integrity check) with {@link plainReference}.
 */
export type ReferenceFactory = <C extends CollectionName>(
	collection: C,
) => z.ZodType<EntryRef<C>, string>;

/** A reference outside Astro: accepts an id string and yields `{ collection, id }`. */
export const plainReference: ReferenceFactory = (collection) =>
	z
		.string()
		.min(1)
		.transform((id) => ({ collection, id }));

/** True for any value produced by a reference field, so checks can find them generically. */
export function isEntryRef(value: unknown): value is EntryRef {
	return (
		typeof value === 'object' &&
		value !== null &&
		Object.keys(value).length === 2 &&
		typeof (value as EntryRef).id === 'string' &&
		typeof (value as EntryRef).collection === 'string'
	);
}

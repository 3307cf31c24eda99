import type { CollectionName } from '../../schemas/reference.ts';

/** One content entry as read from disk, before any validation. */
export interface RawEntry {
	collection: CollectionName;
	/** The id Astro will give it (file name, list item `id`, or docs path). */
	id: string;
	/** Path relative to the project root, for messages. */
	file: string;
	/** Where in the file, when a file holds several entries, e.g. `item 3`. */
	location?: string;
	data: unknown;
	/** The file exists but could not be parsed (already reported): it counts as present, nothing more. */
	unreadable?: boolean;
	/** Heading anchors of a docs page, so alerts can be checked to land on a real section. */
	headings?: string[];
	/** The body of a docs page (after the frontmatter), for checks on its text. */
	body?: string;
}

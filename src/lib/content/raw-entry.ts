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
	/**
	 * The file exists but could not be parsed (already reported, once): its id still counts as
	 * present, so nothing that refers to it is reported again. A list file that cannot be read
	 * (its ids unknown) is one such entry with the id `''`, and references into its collection
	 * are not judged.
	 */
	unreadable?: boolean;
	/**
	 * Heading anchors of a docs page, so alerts can be checked to land on a real section; absent
	 * when the body does not parse (that problem is reported instead).
	 */
	headings?: string[];
	/** The body of a docs page (after the frontmatter), for checks on its text. */
	body?: string;
}

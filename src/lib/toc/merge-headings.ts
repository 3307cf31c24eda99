// A page's "On this page" lists the headings Astro found in its Markdown. Headings a component
// renders (one per severity level, a role's sections) are not Markdown, so they are merged in here,
// at the place the component sits among the page's Markdown headings.

/** A heading as Astro and Starlight describe it. */
export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

/** Headings a component renders, and how many of the page's Markdown headings come before it. */
export interface Placement {
	after: number;
	headings: readonly TocHeading[];
}

/** The page's headings in reading order: Markdown headings with each component's spliced in. */
export function mergeHeadings(
	markdown: readonly TocHeading[],
	placements: readonly Placement[],
): TocHeading[] {
	const merged: TocHeading[] = [];
	// A stable sort keeps two components placed between the same two headings in page order.
	const ordered = [...placements].sort((a, b) => a.after - b.after);
	let next = 0;
	markdown.forEach((heading, index) => {
		while (next < ordered.length && ordered[next]!.after <= index)
			merged.push(...ordered[next++]!.headings);
		merged.push(heading);
	});
	while (next < ordered.length) merged.push(...ordered[next++]!.headings);
	return merged;
}

/** An entry of Starlight's table of contents. */
export interface TocItem extends TocHeading {
	children: TocItem[];
}

/**
 * The nested table of contents for `headings`, as Starlight builds it (utils/generateToC.ts):
 * `overview` first, then each heading within the depth range, nested under the last shallower one.
 */
export function tocItems(
	overview: TocItem,
	headings: readonly TocHeading[],
	{ minHeadingLevel, maxHeadingLevel }: { minHeadingLevel: number; maxHeadingLevel: number },
): TocItem[] {
	const items: TocItem[] = [{ ...overview, children: [] }];
	const inject = (siblings: TocItem[], item: TocItem) => {
		const last = siblings.at(-1);
		if (!last || last.depth >= item.depth) siblings.push(item);
		else inject(last.children, item);
	};
	for (const heading of headings) {
		if (heading.depth < minHeadingLevel || heading.depth > maxHeadingLevel) continue;
		inject(items, { ...heading, children: [] });
	}
	return items;
}

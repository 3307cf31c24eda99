// The list of what a device can save for offline reading, written at build time
// (`offline-pages.<hash>.json`), and the plans the service worker makes from it: what to fetch
// next, what to drop, and how much is available offline. URLs are relative to the site's base.

/** `[url, revision]`: the revision changes when the page does (see `revisionText` in built-files.ts). */
export type RevisedUrl = readonly [url: string, revision: string];

export interface OfflineList {
	/** Pages the precache holds: available from the moment the service worker is installed. */
	precachedPages: readonly string[];
	/** Every other reading page: saved in the background and whenever it is read. */
	pages: readonly RevisedUrl[];
	/** Pages that only forward elsewhere (alert permalinks): saved last, not counted as pages. */
	redirects: readonly RevisedUrl[];
	/** Content-addressed files (search result fragments, images): a new content is a new name. */
	files: readonly string[];
}

/** What a device holds now, from its caches: page URL → revision it was saved at (null: unknown). */
export interface SavedState {
	pages: ReadonlyMap<string, string | null>;
	files: ReadonlySet<string>;
}

export interface SaveTask {
	url: string;
	/** Where it goes: the pages cache (tagged with `revision`) or the files cache. */
	cache: 'pages' | 'files';
	revision?: string;
}

export interface SavePlan {
	/** In order: search fragments and media first (small, and they make search complete), then pages, then redirects. */
	fetch: SaveTask[];
	/** Saved pages and files this build no longer has. */
	drop: { pages: string[]; files: string[] };
}

const stale = ([url, revision]: RevisedUrl, saved: SavedState['pages']) =>
	saved.get(url) !== revision;

/** What to fetch and what to drop so the device holds exactly this build's pages and files. */
export function planSaving(list: OfflineList, saved: SavedState): SavePlan {
	const pages = (entries: readonly RevisedUrl[]) =>
		entries
			.filter((entry) => stale(entry, saved.pages))
			.map(([url, revision]): SaveTask => ({ url, cache: 'pages', revision }));
	const wantedPages = new Set([...list.pages, ...list.redirects].map(([url]) => url));
	const wantedFiles = new Set(list.files);
	return {
		fetch: [
			...list.files
				.filter((url) => !saved.files.has(url))
				.map((url): SaveTask => ({ url, cache: 'files' })),
			...pages(list.pages),
			...pages(list.redirects),
		],
		drop: {
			pages: [...saved.pages.keys()].filter((url) => !wantedPages.has(url)),
			files: [...saved.files].filter((url) => !wantedFiles.has(url)),
		},
	};
}

export interface OfflineStatus {
	/** Pages readable offline now (precached, or saved at any revision: an older copy still reads). */
	available: number;
	total: number;
	/** Pages saved at an older revision, waiting for their new copy. */
	outdated: number;
}

export function offlineStatus(list: OfflineList, saved: SavedState): OfflineStatus {
	const savedPages = list.pages.filter(([url]) => saved.pages.has(url));
	return {
		available: list.precachedPages.length + savedPages.length,
		total: list.precachedPages.length + list.pages.length,
		outdated: savedPages.filter((entry) => stale(entry, saved.pages)).length,
	};
}

const count = (n: number) => n.toLocaleString('en-GB');

/** `Available offline: 12 of 81 pages.` or `All 81 pages are available offline.` */
export function offlineStatusText({ available, total }: OfflineStatus): string {
	if (available >= total)
		return `All ${count(total)} ${total === 1 ? 'page is' : 'pages are'} available offline.`;
	return `Available offline: ${count(available)} of ${count(total)} pages.`;
}

/** `items` in consecutive groups of `size`: the background fetches a few at a time. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
	if (!Number.isInteger(size) || size < 1)
		throw new Error(`Batch size must be 1 or more, not ${size}.`);
	const batches: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		batches.push(items.slice(start, start + size));
	return batches;
}

// Page-weight budgets, read by `npm run bench` (which reports against the targets) and by
// test/e2e/weight.test.ts (which fails past the ceilings), so the two never disagree.

export interface IslandBudget {
	page: string;
	/** Island JavaScript, Preact and validation included, gzip: what we aim for. */
	targetBytes: number;
	/**
	 * Where the test fails. Equal to the target unless the target is not met yet; then the
	 * measured size plus a little, so it cannot grow unnoticed while the gap is worked on.
	 */
	ceilingBytes: number;
}

const KB = 1024;

export const ISLAND_BUDGETS: IslandBudget[] = [
	{ page: '/tools/severity/', targetBytes: 15 * KB, ceilingBytes: 15 * KB },
	// 20.0 KB measured (20,452 B): met once the incident log was validated with valibot instead of
	// zod/mini (25.3 → 20.8 KB) and the islands' shared modules were grouped into fewer files
	// (CHUNK_GROUPS in astro.config.mjs). Little room: anything the clock adds must earn its bytes.
	{ page: '/tools/incident-clock/', targetBytes: 20 * KB, ceilingBytes: 20 * KB },
];

/** Reading pages (runbooks, process pages) ship no island JavaScript at all. */
export const READING_PAGE_ISLAND_BYTES = 0;

/** Every template filler page (`/tools/templates/<id>/`), Preact and the template engine included. */
export const FILLER_ISLAND_BYTES = 20 * KB;

/** The handbook size the scale targets are measured at (`npm run bench`). */
export const SCALE_RUNBOOKS = 3000;

/**
 * What a reader downloads for one runbook page, gzip: HTML, CSS, JavaScript and everything else
 * the page loads (service worker precaching aside). Reported by `npm run bench`.
 */
export const RUNBOOK_PAGE_TRANSFER_BYTES = 56 * KB;

/** Pagefind query latency in Chromium at SCALE_RUNBOOKS: the first query and later ones. */
export const SEARCH_COLD_MS = 150;
export const SEARCH_WARM_MS = 20;

/** `astro build` at SCALE_RUNBOOKS: wall time per built page, and peak resident memory. */
export const BUILD_MS_PER_PAGE = 15;
export const BUILD_PEAK_MB = 2048;

// Which of the built site's files a reader's device saves, and when. The first visit must stay
// light at 3,000 runbooks, so only what every reader needs at once is precached: the shell (CSS,
// JS, fonts), the home page, the runbooks index, the tools and the search index. The rest is
// fetched in the background, a few files at a time, after the service worker is installed.
import { withoutBuiltAt } from './built-at.ts';

/**
 * - `shell`: precached; the site's own CSS, JS, fonts and data the tools read.
 * - `search`: precached; Pagefind's code and index (not its per-page result fragments).
 * - `precached-page`: precached; a page that must work offline from the first visit on.
 * - `page`: a reading page, saved in the background and whenever it is read.
 * - `redirect`: a page that only forwards elsewhere (an alert permalink); saved last, not counted.
 * - `file`: a content-addressed file (a search result fragment, an image), saved in the background.
 * - `skip`: not needed offline (sitemaps, the 404 page, Pagefind's unused UIs).
 */
export type BuiltFileKind =
	'shell' | 'search' | 'precached-page' | 'page' | 'redirect' | 'file' | 'skip';

export interface BuiltFileFacts {
	/** The file's HTML forwards to another page (`<meta http-equiv="refresh">`). */
	redirect?: boolean;
	/** Pagefind's WebAssembly builds the index uses (`pagefind-entry.json`'s `wasm` names). */
	pagefindWasm?: readonly string[];
}

/** Pages every reader may need in an incident before they have read anything. */
const PRECACHED_PAGES = [/^index\.html$/, /^runbooks\/index\.html$/, /^tools\/(.+\/)?index\.html$/];

/** Files the site's own pages and tools load. `runbooks.json` feeds the tools' runbook links. */
const SHELL = [
	/^_astro\/.+\.(js|mjs|css|woff2?|ttf|otf|svg)$/,
	/^(runbooks\.json|manifest\.webmanifest|favicon\.svg)$/,
	/^icons\/[^/]+\.svg$/,
];

/** Images and other media Astro bundled; their names carry a content hash. */
const MEDIA = /^_astro\/.+\.(png|jpe?g|gif|webp|avif|ico|mp4|webm|pdf)$/;

/**
 * What Pagefind's search needs besides its per-page fragments: its script and worker, the entry
 * point, the metadata, index and filter chunks, and the WebAssembly of the index's languages.
 */
function isSearchIndex(path: string, wasm: readonly string[] | undefined): boolean {
	if (!path.startsWith('pagefind/')) return false;
	const name = path.slice('pagefind/'.length);
	if (/^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json)$/.test(name)) return true;
	if (/^pagefind\.[^/]+\.pf_meta$/.test(name)) return true;
	if (/^(index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter)$/.test(name)) return true;
	const wasmBuild = /^wasm\.([^/]+)\.pagefind$/.exec(name)?.[1];
	return wasmBuild !== undefined && (wasm === undefined || wasm.includes(wasmBuild));
}

/** Where a built file (a path inside `dist/`, `/`-separated, no leading slash) goes offline. */
export function kindOf(path: string, facts: BuiltFileFacts = {}): BuiltFileKind {
	if (SHELL.some((pattern) => pattern.test(path))) return 'shell';
	if (isSearchIndex(path, facts.pagefindWasm)) return 'search';
	if (/^pagefind\/fragment\/[^/]+\.pf_fragment$/.test(path) || MEDIA.test(path)) return 'file';
	if (!path.endsWith('.html') || path === '404.html') return 'skip';
	if (facts.redirect) return 'redirect';
	return PRECACHED_PAGES.some((pattern) => pattern.test(path)) ? 'precached-page' : 'page';
}

/** The URL of a built HTML file, relative to the site's base: `runbooks/x/index.html` → `runbooks/x/`. */
export const pageUrl = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

/** A redirect page: `<meta http-equiv="refresh" …>` in its HTML. */
export const isRedirectPage = (html: string) =>
	/<meta\s[^>]*http-equiv=["']?refresh["']?/i.test(html);

/**
 * The part of a page's HTML its revision is computed from: all of it except what changes on every
 * build without changing the page, the built-at stamp and the random ids Astro gives its islands.
 * A rebuild of unchanged content then leaves every revision, and so the service worker, as it was.
 */
export const revisionText = (html: string) =>
	withoutBuiltAt(html).replace(/(<astro-island\b[^>]*?)\suid="[^"]*"/g, '$1');

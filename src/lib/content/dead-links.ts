// Finds links in the built site that lead nowhere: a page that was not built, or an anchor the
// page does not have. Pure: the caller lists the built files and reads them (the build's
// integration from `dist/`, tests from wherever they built). Pages are read with parse5's HTML
// tokenizer, which is what Astro's own HTML tooling uses, without building a tree: a site of a
// few hundred pages takes well under a second.
import { visitPage, type PageVisitor } from '../html/visit-page.ts';
import { withBase, withoutBase } from '../url/base-path.ts';
import { closest } from './closest.ts';
import type { ContentProblem } from './problem.ts';

export interface BuiltSite {
	/** Every file of the built site by its URL path: `/index.html`, `/runbooks/x/index.html`. */
	files: ReadonlySet<string>;
	/** The text of one of `files`. */
	read(file: string): string;
	/** Pages already scanned (by the build's post-build pass), by file: not read again. */
	scanned?: ReadonlyMap<string, ScannedPage>;
}

export interface DeadLink {
	/** The pages the link is on, by URL path (`/runbooks/cache-failure/`), in file order. */
	pages: string[];
	/** The link as the first page writes it. */
	href: string;
	/** Whether the page is missing, or the page exists without the anchor. */
	missing: 'page' | 'anchor';
	/** The page the link leads to, by URL path. */
	target: string;
	/** For a missing anchor, the fragment looked for (decoded). */
	anchor?: string;
	/** A link to write instead, when one existing page or anchor is a likely typo away. */
	suggestion?: string;
	/** For a missing anchor, the heading anchors the target page does have. */
	headings?: string[];
}

export interface ScannedPage {
	ids: Set<string>;
	headings: string[];
	hrefs: string[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The step of a post-build page pass (src/lib/html/visit-page.ts) that collects a page's ids
 * (anchors), its headings' ids, and the `href` of every link on it, into `page`.
 */
export function linkScanner(): PageVisitor & { page: ScannedPage } {
	const page: ScannedPage = { ids: new Set(), headings: [], hrefs: [] };
	return {
		page,
		onStartTag(tag) {
			for (const { name, value } of tag.attrs) {
				if (name === 'id' || (name === 'name' && tag.tagName === 'a')) page.ids.add(value);
				if (name === 'id' && HEADINGS.has(tag.tagName)) page.headings.push(value);
				if (name === 'href' && tag.tagName === 'a') page.hrefs.push(value);
			}
		},
	};
}

/** The ids (anchors) a page has, its headings' ids, and the `href` of every link on it. */
export function scanPage(html: string): ScannedPage {
	const scanner = linkScanner();
	visitPage(html, [scanner]);
	return scanner.page;
}

/** The file a URL path is served from: the file itself, or the directory's `index.html`. */
function fileFor(pathname: string, files: ReadonlySet<string>): string | undefined {
	if (files.has(pathname) && !pathname.endsWith('/')) return pathname;
	const index = `${pathname}${pathname.endsWith('/') ? '' : '/'}index.html`;
	return files.has(index) ? index : undefined;
}

/** The URL path of a built HTML file: `/runbooks/x/index.html` → `/runbooks/x/`. */
export function pagePath(file: string): string {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

const BASE = 'http://firebreak.invalid';

/**
 * Every link in the site that leads to no built page, or to an anchor its page does not have.
 * Links to other origins and schemes (`mailto:`, `tel:`) are not ours to check; `origin` (the
 * site's own URL) makes absolute links to this site count as internal. A link that is dead on
 * many pages (from a shared component) is one result listing them all. Under a sub-path (`base`,
 * e.g. `/handbook/`) the files are served under it: a link must be under it to lead anywhere.
 */
export function findDeadLinks(
	site: BuiltSite,
	{
		origin,
		skip,
		base = '/',
	}: { origin?: string; skip?: (file: string) => boolean; base?: string } = {},
): DeadLink[] {
	const pages = new Map<string, ScannedPage>();
	for (const file of [...site.files].sort()) {
		if (file.endsWith('.html'))
			pages.set(file, site.scanned?.get(file) ?? scanPage(site.read(file)));
	}
	// Skipped pages are still link targets; only the links on them go unchecked.
	const checked = [...pages].filter(([file]) => !skip?.(file));
	const pagePaths = [...pages.keys()].map(pagePath);
	const siteOrigin = origin ? new URL(origin).origin : undefined;
	const dead = new Map<string, DeadLink>();
	const report = (key: string, page: string, link: Omit<DeadLink, 'pages'>) => {
		const known = dead.get(key);
		if (known) known.pages.push(page);
		else dead.set(key, { pages: [page], ...link });
	};

	for (const [file, { hrefs }] of checked) {
		const page = pagePath(file);
		for (const href of hrefs) {
			let url: URL;
			let pathname: string;
			let anchor: string;
			try {
				url = new URL(href, `${BASE}${withBase(page, base)}`);
				pathname = decodeURIComponent(url.pathname);
				anchor = decodeURIComponent(url.hash.slice(1));
			} catch {
				report(`page:${href}`, page, { href, missing: 'page', target: href });
				continue;
			}
			if (url.origin !== BASE && url.origin !== siteOrigin) continue;
			const local = withoutBase(pathname, base);
			const target = local === undefined ? undefined : fileFor(local, site.files);
			const written = href.split('#')[0] ?? '';
			if (!target) {
				const near = closest(local ?? pathname, pagePaths);
				report(`page:${pathname}`, page, {
					href,
					missing: 'page',
					target: pathname,
					...(near ? { suggestion: `${withBase(near, base)}${url.hash}` } : {}),
				});
				continue;
			}
			const scanned = pages.get(target);
			// `#top` (any case) is the top of the page without an element (HTML's rule).
			if (!scanned || !anchor || anchor.toLowerCase() === 'top' || scanned.ids.has(anchor))
				continue;
			const near = closest(anchor, scanned.headings) ?? closest(anchor, scanned.ids);
			report(`anchor:${target}#${anchor}`, page, {
				href,
				missing: 'anchor',
				target: pagePath(target),
				anchor,
				headings: scanned.headings,
				...(near ? { suggestion: `${written}#${near}` } : {}),
			});
		}
	}
	return [...dead.values()];
}

/** Up to eight anchors for a message, as links. */
function listAnchors(anchors: readonly string[]): string {
	const shown = anchors.slice(0, 8).map((id) => `\`#${id}\``);
	return anchors.length > 8
		? `${shown.join(', ')} and ${anchors.length - 8} more`
		: shown.join(', ');
}

/**
 * A dead link as a problem for the report, named by the source file of the page it is on when
 * `sourceOf` knows it (a docs page), else by the page's URL path.
 */
export function deadLinkProblem(
	link: DeadLink,
	sourceOf: (page: string) => string | undefined,
): ContentProblem {
	const [first = '/', ...others] = link.pages;
	const shown = `${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}`;
	const elsewhere = others.length
		? ` Also on ${others.length === 1 ? '1 other page' : `${others.length} other pages`}: ${shown}.`
		: '';
	const problem = {
		file: sourceOf(first) ?? first,
		field: '',
		link: { href: link.href, missing: link.missing },
	};
	const didYouMean = link.suggestion && `Did you mean \`${link.suggestion}\`?`;
	if (link.missing === 'page') {
		return {
			...problem,
			message: `Nothing was built at ${link.target}.${elsewhere}`,
			fix:
				didYouMean ||
				'Link to a page by its URL: its path under src/content/docs/ without the extension, ending in `/`, e.g. `/runbooks/high-error-rate/`.',
		};
	}
	// Starlight's own headings (the title `_top`, "On this page") are not what an author links to.
	const headings = (link.headings ?? []).filter(
		(id) => !id.startsWith('_') && !id.startsWith('starlight__'),
	);
	return {
		...problem,
		message: `${link.target} has no heading or element with the id \`${link.anchor}\`.${elsewhere}`,
		fix:
			didYouMean ||
			`${headings.length ? `Link to one of its headings: ${listAnchors(headings)}. ` : ''}A heading’s anchor is its text in lower case, with spaces as hyphens and punctuation dropped.`,
	};
}

// Fits a rendered page into the printable binder (/print/), where every runbook and reference is
// one section of one document. Each page was written to stand alone: its heading ids repeat across
// runbooks (every runbook has `#mitigate`), its links point at other pages, and its headings start
// at h2. Here ids become unique per section, links to pages that are in the binder become links to
// their sections, other links keep working from /print/ and carry their full address for paper,
// headings move down under the section's own, and collapsed `<details>` open, so paper shows them.
// Only tags and attributes change, found with parse5's tokenizer: text, scripts and styles are
// copied byte for byte (inline scripts keep the hashes the Content-Security-Policy allows).
import { escapeAttribute, visitPage, type Replace, type StartTag } from '../html/visit-page.ts';
import { withBase, withoutBase } from '../url/base-path.ts';

export interface BinderSectionOptions {
	/** The section's id in the binder, e.g. `runbooks/cache-failure`. */
	section: string;
	/** The URL path the page is built at on the site, e.g. `/runbooks/cache-failure/`. */
	page: string;
	/** URL paths of the pages that are binder sections → their section ids. */
	sections: ReadonlyMap<string, string>;
	/** How many levels headings move down: 1 turns h2 into h3 (h6 stays h6). */
	demote: number;
	/** The site's own URL (settings' siteUrl), to print links out of the binder in full. */
	site: string;
	/**
	 * The sub-path the site is served under (`/handbook/`; `/` at the root). Links in the page may
	 * carry it (components) or not (Markdown, put under it after the build); `page` and `sections`
	 * do not.
	 */
	base?: string;
}

/**
 * The binder anchor of `id` inside `section`. Sections are docs ids (`runbooks/x`), which never
 * hold `:`, and ids inside a page are unique there, so anchors are unique across the binder.
 */
export const binderAnchor = (section: string, id: string) => `${section}:${id}`;

/** Attributes whose value is one id, or several separated by spaces, on the same page. */
const ID_REFERENCES = new Set([
	'for',
	'form',
	'list',
	'headers',
	'popovertarget',
	'commandfor',
	'aria-activedescendant',
	'aria-controls',
	'aria-describedby',
	'aria-details',
	'aria-errormessage',
	'aria-flowto',
	'aria-labelledby',
	'aria-owns',
]);
const LINKS = new Set(['a', 'area']);
const HEADING = /^h([1-6])$/;
const attribute = (name: string, value: string) => `${name}="${escapeAttribute(value)}"`;
const decode = (fragment: string) => {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
};
const isTop = (id: string) => id === '' || id.toLowerCase() === 'top';

/** The page's HTML, fitted into the binder as `options.section`. */
export function binderSectionHtml(html: string, options: BinderSectionOptions): string {
	const { section, sections, demote, base = '/' } = options;
	const siteOrigin = new URL(options.site).origin;
	const pageUrl = new URL(options.page, siteOrigin);
	const local = (id: string) => binderAnchor(section, id);
	const level = (name: string) => {
		const match = HEADING.exec(name);
		return match && demote ? Math.min(Number(match[1]) + demote, 6) : undefined;
	};

	/** A link's new attributes: where it leads from /print/, and its address on paper. */
	function relink(href: string): { href: string; printUrl?: string } {
		if (href.startsWith('#')) {
			const id = decode(href.slice(1));
			return { href: `#${isTop(id) ? section : local(id)}` };
		}
		let url: URL;
		try {
			url = new URL(href, pageUrl);
		} catch {
			return { href };
		}
		if (url.origin !== siteOrigin) return { href };
		const pathname = withoutBase(url.pathname, base) ?? url.pathname;
		const target = sections.get(pathname);
		const fragment = decode(url.hash.slice(1));
		if (target !== undefined)
			return { href: `#${isTop(fragment) ? target : binderAnchor(target, fragment)}` };
		// Leaves the binder: a path from the site's root works from /print/, and paper needs it whole.
		const path = `${withBase(pathname, base)}${url.search}${url.hash}`;
		return { href: path, printUrl: new URL(path, options.site).href };
	}

	function onStartTag(tag: StartTag, _insert: unknown, edit: Replace) {
		const location = tag.location!;
		const newLevel = level(tag.tagName);
		if (newLevel !== undefined)
			edit(location.startOffset + 1, location.startOffset + 3, `h${newLevel}`);
		for (const { name, value } of tag.attrs) {
			const span = location.attrs?.[name];
			if (!span) continue;
			const replace = (text: string) => edit(span.startOffset, span.endOffset, text);
			if (name === 'id' && value) replace(attribute('id', local(value)));
			else if (ID_REFERENCES.has(name) && value.trim()) {
				replace(attribute(name, value.trim().split(/\s+/).map(local).join(' ')));
			} else if (name === 'href' && LINKS.has(tag.tagName)) {
				const link = relink(value);
				replace(
					attribute('href', link.href) +
						(link.printUrl ? ` ${attribute('data-print-url', link.printUrl)}` : ''),
				);
			} else if (name === 'class' && demote) {
				// Starlight's heading wrappers (`level-h2`) follow their heading down.
				const classes = value.replace(
					/\blevel-h([2-6])\b/g,
					(_, n: string) => `level-h${Math.min(Number(n) + demote, 6)}`,
				);
				if (classes !== value) replace(attribute('class', classes));
			}
		}
		if (tag.tagName === 'details' && !tag.attrs.some(({ name }) => name === 'open')) {
			const end = location.startOffset + '<details'.length;
			edit(end, end, ' open');
		}
	}

	return visitPage(html, [
		{
			onStartTag,
			onEndTag(tag, _insert, edit) {
				const newLevel = level(tag.tagName);
				const start = tag.location!.startOffset;
				if (newLevel !== undefined) edit(start + 2, start + 4, `h${newLevel}`);
			},
		},
	]);
}

// Under a sub-path (`base: '/handbook/'`), a link written from the site's root in Markdown
// (`[levels](/process/severity-levels/)`) would leave the site: Starlight and Astro put their own
// links under the base, but not the ones authors write. This puts every root-relative URL in a
// built page under the base, so authors keep writing `/process/…` whatever the host. Components
// already write theirs with the base (src/site-path.ts); a URL already under the base is left
// alone. Pure: the build's integration (src/integrations/base-links.ts) reads and writes the files.
import { isRootRelative, isUnderBase, normaliseBase, withBase } from '../url/base-path.ts';
import { escapeAttribute, visitPage } from './visit-page.ts';

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	script: ['src'],
	iframe: ['src'],
	audio: ['src'],
	video: ['src', 'poster'],
	source: ['src'],
	track: ['src'],
	embed: ['src'],
	input: ['src'],
	form: ['action'],
};
/** Attributes that hold a list of `URL width` candidates. */
const SRCSET_ELEMENTS = new Set(['img', 'source']);

/** The URL under the base, or undefined when it needs no change. */
function rebased(url: string, base: string): string | undefined {
	const trimmed = url.trim();
	if (!isRootRelative(trimmed) || isUnderBase(trimmed, base)) return undefined;
	return withBase(trimmed, base);
}

function rebasedSrcset(srcset: string, base: string): string | undefined {
	const candidates = srcset.split(',').map((candidate) => {
		const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
		const moved = rebased(url, base);
		return moved === undefined ? undefined : [moved, ...descriptors].join(' ');
	});
	if (candidates.every((candidate) => candidate === undefined)) return undefined;
	return candidates
		.map((candidate, index) => candidate ?? srcset.split(',')[index]?.trim())
		.join(', ');
}

/** `0;url=/runbooks/x/` (a meta refresh) with its URL under the base. */
function rebasedRefresh(content: string, base: string): string | undefined {
	const match =
		/^(?<delay>\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?)(?<quote>['"]?)(?<target>.*?)\k<quote>\s*$/i.exec(
			content,
		);
	const { delay = '', quote = '', target = '' } = match?.groups ?? {};
	const moved = match ? rebased(target, base) : undefined;
	return moved === undefined ? undefined : `${delay}${quote}${moved}${quote}`;
}

/**
 * `html` with every root-relative URL in a link, a source, a form action or a meta refresh put
 * under `base`. Everything else is left byte for byte as it was; with base `/` nothing changes.
 */
export function rebaseRootLinks(html: string, base: string): string {
	const root = normaliseBase(base);
	if (root === '/') return html;
	return visitPage(html, [
		{
			onStartTag(tag, _insert, replace) {
				const single = URL_ATTRIBUTES[tag.tagName] ?? [];
				const isRefresh =
					tag.tagName === 'meta' &&
					tag.attrs.some(
						({ name, value }) => name === 'http-equiv' && value.toLowerCase() === 'refresh',
					);
				for (const { name, value } of tag.attrs) {
					let moved: string | undefined;
					if (single.includes(name)) moved = rebased(value, root);
					else if (name === 'srcset' && SRCSET_ELEMENTS.has(tag.tagName))
						moved = rebasedSrcset(value, root);
					else if (name === 'content' && isRefresh) moved = rebasedRefresh(value, root);
					const span = tag.location?.attrs?.[name];
					if (moved === undefined || !span) continue;
					replace(span.startOffset, span.endOffset, `${name}="${escapeAttribute(moved)}"`);
				}
			},
		},
	]);
}

// Checks built pages against their own Content-Security-Policy: every inline script and style must
// be allowed by a hash, and no element may carry an inline event handler. Astro hashes the scripts
// and styles it bundles, but not `is:inline` ones (Starlight's theme, search and tabs scripts), so
// a Starlight upgrade that changes one would otherwise break that feature silently in browsers.
// Pure: the caller reads the pages (the build's integration from `dist/`, tests from wherever).
import { createHash } from 'node:crypto';
import type { ContentProblem } from '../content/problem.ts';

/** A CSP hash source without its quotes, e.g. `sha256-…=`. */
export type CspHashSource = `sha256-${string}`;

/** The hash a CSP source list needs to allow an inline script or style with this exact text. */
export function cspHash(text: string): CspHashSource {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A policy as directive name → source list (lower-cased names; sources as written). */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** Parses a serialized policy (`script-src 'self' 'sha256-…'; style-src 'self'`). */
export function parsePolicy(serialized: string): Policy {
	const policy = new Map<string, string[]>();
	for (const directive of serialized.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		// The first occurrence of a directive wins; later duplicates are ignored (CSP's rule).
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** The directives a browser consults for an inline `<script>` or `<style>` element, in order. */
const FALLBACKS = {
	script: ['script-src-elem', 'script-src', 'default-src'],
	style: ['style-src-elem', 'style-src', 'default-src'],
	handler: ['script-src-attr', 'script-src', 'default-src'],
} as const;

type InlineKind = keyof typeof FALLBACKS;

/** The source list that governs `kind` in `policy`, or undefined when nothing restricts it. */
function governing(policy: Policy, kind: InlineKind): readonly string[] | undefined {
	for (const name of FALLBACKS[kind]) {
		const sources = policy.get(name);
		if (sources) return sources;
	}
	return undefined;
}

/** Whether `policy` lets an inline element of `kind` with this hash run (CSP Level 3 rules). */
export function allowsInline(policy: Policy, kind: InlineKind, hash: CspHashSource): boolean {
	const sources = governing(policy, kind);
	if (!sources) return true;
	const lower = sources.map((source) => source.toLowerCase());
	const hasHashOrNonce = lower.some((source) => /^'(sha(256|384|512)-|nonce-)/.test(source));
	if (kind === 'handler') {
		// Handlers need 'unsafe-hashes' plus their hash, or 'unsafe-inline' without any hash.
		if (lower.includes("'unsafe-hashes'") && sources.includes(`'${hash}'`)) return true;
		return lower.includes("'unsafe-inline'") && !hasHashOrNonce;
	}
	if (sources.includes(`'${hash}'`)) return true;
	// 'unsafe-inline' is ignored once a hash or nonce is present.
	return lower.includes("'unsafe-inline'") && !hasHashOrNonce;
}

/** Script types a browser runs (and so checks against the policy); others are data blocks. */
const EXECUTED_TYPES = new Set([
	'',
	'module',
	'importmap',
	'speculationrules',
	'text/javascript',
	'application/javascript',
	'application/ecmascript',
	'text/ecmascript',
]);

export interface InlineItem {
	kind: InlineKind;
	/** The element's text (a script or style), or the attribute's value (a handler). */
	text: string;
	/** For a handler: the element and attribute, e.g. `button onclick`. */
	where?: string;
}

export interface ScannedPage {
	/** Each `<meta http-equiv="content-security-policy">`'s content, in document order. */
	policies: string[];
	inline: InlineItem[];
}

const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const decodeEntities = (value: string) =>
	value
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** A start tag's attributes (the text after its name) by lower-cased name; the first one wins. */
function parseAttributes(text: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const match of text.matchAll(ATTRIBUTE)) {
		// A group that took no part in the match is undefined, whatever RegExpMatchArray's type says.
		const [, name, ...values]: (string | undefined)[] = match;
		const key = name!.toLowerCase();
		if (!attributes.has(key))
			attributes.set(key, decodeEntities(values.find((v) => v !== undefined) ?? ''));
	}
	return attributes;
}

/**
 * Comments, `<script>` and `<style>` elements, and every other start tag with attributes. A
 * regular expression rather than an HTML tokenizer: this runs over every built page (3,000 at
 * scale) and a tokenizer costs ten times as much. It reads HTML the way browsers do wherever
 * Astro writes it: Astro escapes `<` and `>` inside attribute values, and a script's or a style's
 * text ends at the first `</script` or `</style`.
 */
const MARKUP = /<!--|<(script|style)\b([^>]*)>|<([a-zA-Z][\w:-]*)(\s[^>]*)>/g;
/** A quick test that a tag may have an event handler attribute, before parsing its attributes. */
const MAYBE_HANDLER = /\son[a-z]+\s*=/i;

/** The page's CSP meta policies and everything inline that a policy must allow. */
export function scanInline(html: string): ScannedPage {
	const page: ScannedPage = { policies: [], inline: [] };
	const markup = new RegExp(MARKUP);
	for (let match = markup.exec(html); match; match = markup.exec(html)) {
		if (match[0] === '<!--') {
			const end = html.indexOf('-->', markup.lastIndex);
			markup.lastIndex = end < 0 ? html.length : end + 3;
			continue;
		}
		const element = (match[1] ?? match[3] ?? '').toLowerCase();
		const text = match[2] ?? match[4] ?? '';
		const special = element === 'meta' || match[1] !== undefined;
		if (!special && !MAYBE_HANDLER.test(text)) continue;
		const attributes = parseAttributes(text);
		for (const [name, value] of attributes) {
			if (/^on[a-z]+$/.test(name))
				page.inline.push({ kind: 'handler', text: value, where: `<${element} ${name}>` });
		}
		if (element === 'meta') {
			if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
				page.policies.push(attributes.get('content') ?? '');
			}
			continue;
		}
		if (!match[1] || text.trimEnd().endsWith('/')) continue;
		const close = new RegExp(`</${element}[\\s/>]`, 'gi');
		close.lastIndex = markup.lastIndex;
		const end = close.exec(html)?.index ?? html.length;
		const content = html.slice(markup.lastIndex, end);
		markup.lastIndex = end;
		if (element === 'style') page.inline.push({ kind: 'style', text: content });
		else if (
			!attributes.has('src') &&
			EXECUTED_TYPES.has((attributes.get('type') ?? '').trim().toLowerCase())
		) {
			page.inline.push({ kind: 'script', text: content });
		}
	}
	return page;
}

export interface BlockedInline {
	kind: InlineKind;
	hash: CspHashSource;
	/** The pages it is blocked on, by URL path, in the order given. */
	pages: string[];
	/** The first characters of the script, style or handler, to recognise it by. */
	sample: string;
	where?: string;
}

export interface SiteAudit {
	blocked: BlockedInline[];
	/** Pages with inline scripts or styles but no CSP meta at all. */
	unprotected: string[];
	/** Pages whose script policy contains 'unsafe-inline' (which the handbook never needs). */
	unsafeInline: string[];
}

const sampleOf = (text: string) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};

/**
 * Every inline script, style and handler across `pages` (URL path → HTML) that its page's policy
 * blocks, grouped by hash: one entry for a script shared by every page. `extraPolicies` are the
 * policies a host sends as headers, enforced alongside the page's own.
 */
export function auditSite(
	pages: Iterable<readonly [string, string]>,
	extraPolicies: readonly string[] = [],
): SiteAudit {
	const blocked = new Map<string, BlockedInline>();
	const audit: SiteAudit = { blocked: [], unprotected: [], unsafeInline: [] };
	// Most inline scripts are on every page: hash each text once.
	const hashes = new Map<string, CspHashSource>();
	const hashOf = (text: string) => {
		let hash = hashes.get(text);
		if (!hash) hashes.set(text, (hash = cspHash(text)));
		return hash;
	};
	for (const [path, html] of pages) {
		const scanned = scanInline(html);
		const policies = [...scanned.policies, ...extraPolicies].map(parsePolicy);
		const hasScriptPolicy = policies.some((policy) => governing(policy, 'script'));
		if (!hasScriptPolicy && scanned.inline.length) audit.unprotected.push(path);
		const scriptSources = policies.flatMap((policy) => governing(policy, 'script') ?? []);
		if (scriptSources.some((source) => source.toLowerCase() === "'unsafe-inline'")) {
			audit.unsafeInline.push(path);
		}
		for (const item of scanned.inline) {
			const hash = hashOf(item.text);
			if (policies.every((policy) => allowsInline(policy, item.kind, hash))) continue;
			const key = `${item.kind}:${hash}`;
			const known = blocked.get(key);
			if (known) known.pages.push(path);
			else
				blocked.set(key, {
					kind: item.kind,
					hash,
					pages: [path],
					sample: sampleOf(item.text),
					...(item.where ? { where: item.where } : {}),
				});
		}
	}
	audit.blocked = [...blocked.values()];
	return audit;
}

/** Where a trusted inline script's hash is added (see src/integrations/csp.ts). */
export const HASHES_HOME = '`TRUSTED_INLINE_SCRIPT_HASHES` in src/integrations/csp.ts';

/** The audit's findings as problems for the build's report, each naming the fix. */
export function auditProblems(audit: SiteAudit): ContentProblem[] {
	const onPages = (pages: readonly string[]) =>
		pages.length === 1 ? '' : ` Also on ${pages.length - 1} other page(s).`;
	const problems: ContentProblem[] = audit.blocked.map((item) => {
		const [first = '/'] = item.pages;
		const base = { file: first, field: '' };
		if (item.kind === 'handler') {
			return {
				...base,
				message: `An inline event handler (${item.where}: \`${item.sample}\`) is blocked by the page's Content-Security-Policy.${onPages(item.pages)}`,
				fix: 'Attach the handler from a bundled `<script>` with addEventListener instead of an `on…` attribute.',
			};
		}
		const what = item.kind === 'script' ? 'inline script' : 'inline style';
		return {
			...base,
			message: `An ${what} (\`${item.sample}\`) is blocked by the page's Content-Security-Policy: its hash '${item.hash}' is not allowed.${onPages(item.pages)}`,
			fix:
				item.kind === 'script'
					? `If the script is one you trust (e.g. after a Starlight or integration upgrade), add \`${item.hash}\` to ${HASHES_HOME}; otherwise remove the script.`
					: `Move the styles into a stylesheet, or add \`${item.hash}\` to security.csp.styleDirective.hashes in astro.config.mjs.`,
		};
	});
	for (const page of audit.unprotected) {
		problems.push({
			file: page,
			field: '',
			message: 'This page has inline scripts or styles but no Content-Security-Policy.',
			fix: 'Render it through Astro with `security.csp` enabled (every page in src/pages is).',
		});
	}
	for (const page of audit.unsafeInline) {
		problems.push({
			file: page,
			field: '',
			message: "This page's script policy allows 'unsafe-inline', which lets injected scripts run.",
			fix: "Remove 'unsafe-inline' from the script sources: allow each inline script by its hash.",
		});
	}
	return problems;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './astro-build.ts';
import { serveStatic } from './static-server.ts';

/** One rule of a `_headers` file (Netlify's and Cloudflare Pages' format): a path pattern and its headers. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/**
 * Parses a `_headers` file: a line starting with `/` opens a rule for that path pattern, indented
 * `Name: value` lines under it are its headers, `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 0)
			throw new Error(`_headers line ${index + 1} is not \`Name: value\` under a path: ${line}`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a rule's pattern matches a URL path: `*` matches anything, `:name` one segment. */
export function patternMatches(pattern: string, pathname: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a host following `rules` sends for `pathname` (every matching rule applies). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
	return rules
		.filter((rule) => patternMatches(rule.pattern, pathname))
		.flatMap((rule) => rule.headers);
}

/** The project's own `public/_headers`, parsed. */
export const projectHeaderRules = () =>
	parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'));

/**
 * Serves a built site from `dir` like test/support/static-server.ts, plus the headers `rules`
 * give each path: the site as Netlify or Cloudflare Pages would send it.
 */
export function serveWithHeaders(dir: string, rules: readonly HeaderRule[]) {
	return serveStatic(dir, (pathname) => headersFor(rules, pathname));
}

/** The `add_header Name "value"` lines of an nginx snippet, in order. */
export function nginxAddHeaders(text: string): [string, string][] {
	return [...text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"(?:\s+always)?;/gm)].map(
		(match) => [match[1]!, match[2]!] as [string, string],
	);
}

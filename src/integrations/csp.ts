// The handbook's Content-Security-Policy (Astro's `security.csp`, a `<meta>` on every page) and
// the post-build check that every inline script and style on every built page is allowed by it.
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/content/problem.ts';
import {
	auditProblems,
	auditSite,
	cspHash,
	type CspHashSource,
	type SiteAudit,
} from '../lib/security/csp.ts';
import { readBuiltSite } from '../readers/built-site.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Inline scripts trusted by hash that are neither bundled by Astro (Astro hashes those itself) nor
 * `is:inline` scripts in Starlight's components (hashed from Starlight's sources below). The build
 * fails naming any other inline script's hash: add it here once you know where it comes from.
 */
export const TRUSTED_INLINE_SCRIPT_HASHES: CspHashSource[] = [];

/** Directory of the installed package `name`, found the way Node finds packages. */
function packageDir(name: string): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		const parent = dirname(dir);
		if (parent === dir) throw new Error(`Cannot find the package ${name} from ${import.meta.url}.`);
		dir = parent;
	}
}

/** Every `.astro` file under `dir`. */
function astroFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(dir, file));
}

/**
 * The hashes of the `<script is:inline>` blocks in Starlight's components (theme, search shortcut,
 * sidebar state, synced tabs). Astro emits an inline script's text exactly as written, so hashing
 * the installed sources gives the hashes the pages need, and a Starlight upgrade brings its own.
 */
export function starlightInlineScriptHashes(): CspHashSource[] {
	const hashes = new Set<CspHashSource>();
	for (const file of astroFiles(join(packageDir('@astrojs/starlight'), 'dist'))) {
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
			hashes.add(cspHash(match[1]!));
		}
	}
	return [...hashes].sort();
}

/**
 * The policy every page carries. Nothing loads from another origin. Scripts and `<style>` elements
 * run only when bundled by Astro or allowed by hash; never 'unsafe-inline'. Style *attributes*
 * are allowed: Starlight's icons and Expressive Code's token colours are written as `style="…"`
 * (hundreds of distinct values that change with the content), and a style attribute cannot run
 * code or, with `img-src`/`font-src` limited to this origin, send anything anywhere.
 * 'wasm-unsafe-eval' (Pagefind's WebAssembly) is added only on pages with the search box, by
 * src/route-middleware/search-csp.ts. `frame-ancestors` cannot be set from a `<meta>`: hosts send
 * it as a header (public/_headers, deploy/firebreak-headers.conf).
 */
export function contentSecurityPolicy(): CspConfig {
	return {
		algorithm: 'SHA-256',
		directives: [
			"default-src 'self'",
			// Starlight's and Expressive Code's stylesheets draw icons as `data:` SVGs.
			"img-src 'self' data:",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
		],
		scriptDirective: {
			resources: ["'self'"],
			hashes: [...starlightInlineScriptHashes(), ...TRUSTED_INLINE_SCRIPT_HASHES],
		},
		styleDirective: {
			resources: [
				{ resource: "'self'", kind: 'element' },
				{ resource: "'unsafe-inline'", kind: 'attribute' },
			],
		},
	};
}

/** Audits of the built pages by output directory, taken by the post-build pass. */
const auditsByDir = new Map<string, SiteAudit>();

/**
 * Audits `pages` (URL path → HTML), the final pages of the build in `dir`, for cspAudit() to
 * report. The build's post-build pass (src/integrations/built-pages.ts) hands them over as it
 * reads and labels them, so each page is read once.
 */
export function auditBuiltPages(dir: string, pages: Iterable<readonly [string, string]>): void {
	auditsByDir.set(resolve(dir), auditSite(pages));
}

/**
 * Fails `astro build` when a built page holds an inline script or style its own policy blocks (it
 * would silently not run in browsers), an inline event handler, or a script policy with
 * 'unsafe-inline'. The report names each hash to add and where. It reports the audit the
 * post-build pass took (auditBuiltPages), or audits the pages itself if no pass did. Registered
 * last, so a content problem (a dead link) is reported before a problem of the product's own.
 */
export function cspAudit(): AstroIntegration {
	return {
		name: 'firebreak:csp-audit',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let audit = auditsByDir.get(resolve(root));
				if (!audit) {
					const built = readBuiltSite(root);
					audit = auditSite(
						[...built.files]
							.filter((file) => file.endsWith('.html'))
							.map((file) => [file.replace(/index\.html$/, ''), built.read(file)] as const),
					);
				}
				const problems = auditProblems(audit);
				if (!problems.length) {
					logger.info('Every inline script and style is allowed by its Content-Security-Policy.');
					return;
				}
				const report = formatProblems(problems, {
					subject: 'the built pages',
					unit: 'Content-Security-Policy problem',
				});
				// As the content check does: the report alone, without a stack trace around it.
				process.stderr.write(`\n${report}\n`);
				process.exit(1);
			},
		},
	};
}

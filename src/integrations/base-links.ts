import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebaseRootLinks } from '../lib/html/base-links.ts';
import { normaliseBase } from '../lib/url/base-path.ts';
import { readBuiltSite } from '../readers/built-site.ts';

/**
 * Under a sub-path (`base` in astro.config.mjs), puts the links authors write from the site's root
 * in Markdown (`/process/…`) under the base in the built pages (src/lib/html/base-links.ts).
 * At the root (`base: '/'`) it does nothing. Registered before every integration that reads the
 * built pages (the dead-link check, Pagefind, the offline copy), so they read the final links.
 * `astro dev` skips it: there, Markdown links from the root do not carry the base.
 */
export default function baseLinks(): AstroIntegration {
	let base = '/';
	return {
		name: 'firebreak:base-links',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = normaliseBase(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				if (base === '/') return;
				const started = performance.now();
				const root = fileURLToPath(dir);
				let changed = 0;
				for (const file of readBuiltSite(root).files) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const rebased = rebaseRootLinks(html, base);
					if (rebased === html) continue;
					writeFileSync(path, rebased);
					changed++;
				}
				logger.info(
					`Put links from the site's root under ${base} on ${changed} pages (${Math.round(performance.now() - started)} ms).`,
				);
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelTableCells } from '../lib/html/table-cell-labels.ts';
import { readBuiltSite } from './built-site.ts';

/**
 * After the build, gives every table cell its column's name (`data-label`), which a narrow screen
 * shows when the table becomes one card per row. Done on the built pages rather than with a
 * Markdown plugin, so it costs the Markdown pipeline nothing and covers tables from components
 * and Markdown alike. `astro dev` skips it: there, narrow tables stack without column names.
 */
export default function tableLabels(): AstroIntegration {
	return {
		name: 'firebreak:table-labels',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				let changed = 0;
				for (const file of readBuiltSite(root).files) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const labelled = labelTableCells(html);
					if (labelled === html) continue;
					writeFileSync(path, labelled);
					changed++;
				}
				logger.info(
					`Labelled table cells for narrow screens on ${changed} pages (${Math.round(performance.now() - started)} ms).`,
				);
			},
		},
	};
}

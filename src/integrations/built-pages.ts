// The one pass over the built pages: each page is read and tokenized once, for every step that
// needs its markup, instead of once per step (3,000 runbooks make tokenizing the largest part of
// the post-build work). `astro dev` skips it: there, narrow tables stack without column names and
// task-list checkboxes go unnamed.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkScanner, type ScannedPage } from '../lib/content/dead-links.ts';
import { tableCellLabeller } from '../lib/html/table-cell-labels.ts';
import { taskListLabeller } from '../lib/html/task-list-labels.ts';
import { visitPage } from '../lib/html/visit-page.ts';
import { readBuiltSite, rememberScans } from '../readers/built-site.ts';
import { auditBuiltPages } from './csp.ts';

/**
 * After the build, for every page: labels table cells for narrow screens (each cell gets its
 * column's name) and names task-list checkboxes (src/lib/html/), writes the page if that changed
 * it, and keeps what the checks registered after it need: its links and anchors for the dead-link
 * check (src/integrations/content-integrity.ts) and its inline scripts and styles for the
 * Content-Security-Policy audit (cspAudit() in src/integrations/csp.ts). No integration after
 * this one changes a page's HTML (Pagefind and the offline copy only add files), so these are the
 * pages as served.
 */
export default function builtPages(): AstroIntegration {
	return {
		name: 'firebreak:built-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const site = readBuiltSite(root);
				const scans = new Map<string, ScannedPage>();
				let changed = 0;
				function* labelledPages() {
					for (const file of [...site.files].sort()) {
						if (!file.endsWith('.html')) continue;
						const html = site.read(file);
						const links = linkScanner();
						const labelled = visitPage(html, [links, tableCellLabeller(), taskListLabeller()]);
						if (labelled !== html) {
							writeFileSync(join(root, file), labelled);
							changed++;
						}
						scans.set(file, links.page);
						yield [file.replace(/index\.html$/, ''), labelled] as const;
					}
				}
				auditBuiltPages(root, labelledPages());
				rememberScans(root, scans);
				logger.info(
					`Read ${String(scans.size)} pages once: tables and task lists labelled on ${String(changed)}, links and inline scripts kept for the checks (${String(Math.round(performance.now() - started))} ms).`,
				);
			},
		},
	};
}

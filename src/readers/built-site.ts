// The built site as the dead-link check reads it (src/lib/content/dead-links.ts). Node-only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuiltSite, ScannedPage } from '../lib/content/dead-links.ts';

/**
 * Link scans the build's post-build pass (src/integrations/built-pages.ts) took while it read
 * every page, by output directory: the dead-link check uses them instead of reading and
 * tokenizing every page a second time.
 */
const scansByDir = new Map<string, ReadonlyMap<string, ScannedPage>>();

/** Keeps the pass's link scans of the pages in `dir` for readBuiltSite(dir). */
export function rememberScans(dir: string, scans: ReadonlyMap<string, ScannedPage>): void {
	scansByDir.set(resolve(dir), scans);
}

/** Every file under `dir` (the build's output, `dist/`), by URL path. */
export function readBuiltSite(dir: string): BuiltSite {
	const files = new Set<string>();
	const walk = (path: string, url: string) => {
		for (const item of readdirSync(path, { withFileTypes: true })) {
			if (item.isDirectory()) walk(join(path, item.name), `${url}${item.name}/`);
			else files.add(`${url}${item.name}`);
		}
	};
	walk(dir, '/');
	const scanned = scansByDir.get(resolve(dir));
	return {
		files,
		read: (file) => readFileSync(join(dir, file), 'utf8'),
		...(scanned ? { scanned } : {}),
	};
}

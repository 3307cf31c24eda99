// The built site as the dead-link check reads it (src/lib/content/dead-links.ts). Node-only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from '../lib/content/dead-links.ts';

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
	return { files, read: (file) => readFileSync(join(dir, file), 'utf8') };
}

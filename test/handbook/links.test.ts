import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, test } from 'vitest';

const distDir = inject('distDir');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory())
			return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** The built file a site path is served from, if any. */
function fileFor(pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const candidates = [join(distDir, decoded), join(distDir, decoded, 'index.html')];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const ids = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
	if (!ids.has(file))
		ids.set(
			file,
			new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
		);
	return ids.get(file)!;
}

test('every internal link and anchor in the built site resolves', () => {
	const broken: string[] = [];
	for (const file of htmlFiles(distDir)) {
		const html = readFileSync(file, 'utf8');
		const page = `/${relative(distDir, file).replace(/index\.html$/, '')}`;
		for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
			if (!href || /^(?:[a-z]+:|\/\/)/i.test(href)) continue; // other schemes and origins are not ours to check
			const url = new URL(href.replaceAll('&amp;', '&'), `http://site${page}`);
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${page} → ${href}`);
				continue;
			}
			const hash = decodeURIComponent(url.hash.slice(1));
			if (hash && target.endsWith('.html') && !idsIn(target).has(hash))
				broken.push(`${page} → ${href} (no #${hash})`);
		}
	}
	expect(broken).toEqual([]);
});

// Reads the built site and decides, file by file, what a device saves for offline reading (see
// src/lib/offline/built-files.ts): the precache manifest Workbox gets, and the list of pages and
// files the worker saves in the background. Node-only.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	isRedirectPage,
	kindOf,
	pageUrl,
	revisionText,
	type BuiltFileKind,
} from '../../lib/offline/built-files.ts';
import type { OfflineList, RevisedUrl } from '../../lib/offline/offline-list.ts';

export interface PrecacheEntry {
	url: string;
	/** null when the name already changes with the content (Workbox then skips cache-busting). */
	revision: string | null;
	bytes: number;
}

export interface OfflineBuild {
	precache: PrecacheEntry[];
	list: OfflineList;
	/** Bytes of what the background saves (pages, redirects and files), for the build log. */
	backgroundBytes: number;
	/** What the build log should say about this copy (an unreadable search entry point). */
	warnings: string[];
}

/** A short content hash, for revisions and file names. */
export const contentHash = (content: string | Buffer) =>
	createHash('sha256').update(content).digest('hex').slice(0, 16);

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((item) => {
		const path = prefix ? `${prefix}/${item.name}` : item.name;
		return item.isDirectory() ? listFiles(dir, path) : [path];
	});
}

/** Astro's bundles and Pagefind's chunks carry a content hash in their names. */
const NAMED_BY_CONTENT =
	/^(_astro\/|pagefind\/(index|filter|fragment)\/|pagefind\/pagefind\.[^/]+\.pf_meta$|offline-pages\.)/;

/**
 * A JSON file another step of the build has just written. Pagefind's writer has been seen to
 * return before the file's content reached the disk (an empty file under load), so this waits
 * up to `seconds` for it to parse; undefined when it never does.
 */
function readSettledJson(path: string, seconds: number): unknown {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	const deadline = Date.now() + seconds * 1000;
	for (;;) {
		try {
			return JSON.parse(readFileSync(path, 'utf8'));
		} catch {
			if (Date.now() >= deadline) return undefined;
			Atomics.wait(pause, 0, 0, 100);
		}
	}
}

/**
 * The WebAssembly builds Pagefind's entry point names: undefined when there is no index, or
 * when its entry point cannot be read (then every build is precached, a few KB more, rather
 * than failing the build or leaving search out of the offline copy).
 */
function pagefindWasm(
	distDir: string,
	files: ReadonlySet<string>,
	warnings: string[],
): string[] | undefined {
	if (!files.has('pagefind/pagefind-entry.json')) return undefined;
	const entry = readSettledJson(join(distDir, 'pagefind/pagefind-entry.json'), 30) as
		{ languages?: Record<string, { wasm?: string }> } | undefined;
	if (entry === undefined) {
		warnings.push(
			'pagefind/pagefind-entry.json was not readable JSON within 30 s: every Pagefind WebAssembly build is precached.',
		);
		return undefined;
	}
	return Object.values(entry.languages ?? {}).flatMap((language) =>
		language.wasm ? [language.wasm] : [],
	);
}

/**
 * Sorts the built files in `distDir` (the list file itself excluded: it is written from this).
 * A page's revision leaves out what every build changes (`revisionText`), so a rebuild that
 * changes nothing else does not send every reader every page again.
 */
export function readOfflineBuild(distDir: string): OfflineBuild {
	const files = listFiles(distDir).sort();
	const present = new Set(files);
	const warnings: string[] = [];
	const wasm = pagefindWasm(distDir, present, warnings);
	const precache: PrecacheEntry[] = [];
	const precachedPages: string[] = [];
	const pages: { entry: RevisedUrl; bytes: number }[] = [];
	const redirects: RevisedUrl[] = [];
	const saved: string[] = [];
	let backgroundBytes = 0;
	for (const path of files) {
		const html = path.endsWith('.html') ? readFileSync(join(distDir, path), 'utf8') : undefined;
		const kind: BuiltFileKind = kindOf(path, {
			redirect: html !== undefined && isRedirectPage(html),
			...(wasm ? { pagefindWasm: wasm } : {}),
		});
		if (kind === 'skip') continue;
		const content = html ?? readFileSync(join(distDir, path));
		const bytes = Buffer.byteLength(content);
		const revision = contentHash(html !== undefined ? revisionText(html) : content);
		if (kind === 'shell' || kind === 'search' || kind === 'precached-page') {
			precache.push({ url: path, revision: NAMED_BY_CONTENT.test(path) ? null : revision, bytes });
			if (kind === 'precached-page') precachedPages.push(pageUrl(path));
			continue;
		}
		backgroundBytes += bytes;
		if (kind === 'page') pages.push({ entry: [pageUrl(path), revision], bytes });
		else if (kind === 'redirect') redirects.push([pageUrl(path), revision]);
		else saved.push(path);
	}
	// Smallest first: the most pages for the bytes, and a page holding every runbook (the printable
	// binder) last. The sort is stable, so equal sizes keep the path order.
	const bySize = [...pages].sort((a, b) => a.bytes - b.bytes).map(({ entry }) => entry);
	return {
		precache,
		list: { precachedPages, pages: bySize, redirects, files: saved },
		backgroundBytes,
		warnings,
	};
}

/** The list's file name: its content hash in the name, so the worker can read it by name. */
export const offlineListFile = (json: string) => `offline-pages.${contentHash(json)}.json`;

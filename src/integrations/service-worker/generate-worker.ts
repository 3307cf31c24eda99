// Writes the offline copy's files into the built site: the web app manifest and its icons, the
// list of pages to save, the worker extension, and Workbox's service worker (`sw.js`). Node-only.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSW } from 'workbox-build';
import { CACHE_PREFIX, FILES_CACHE, PAGES_CACHE } from '../../lib/offline/messages.ts';
import {
	appIcon,
	ICON_FILES,
	webManifest,
	type ManifestSettings,
} from '../../lib/offline/web-manifest.ts';
import { bundleWorker } from './bundle-worker.ts';
import { contentHash, offlineListFile, readOfflineBuild } from './offline-build.ts';

/** Seconds a page request waits for the network before the saved copy answers. */
const NETWORK_TIMEOUT_SECONDS = 3;

/** The browsers Vite builds the site for (its "baseline widely available" default). */
const WORKER_TARGETS = ['chrome >= 111', 'edge >= 111', 'firefox >= 114', 'safari >= 16.4'];

export interface WorkerReport {
	precacheFiles: number;
	precacheBytes: number;
	workerBytes: number;
	pages: number;
	redirects: number;
	files: number;
	backgroundBytes: number;
	warnings: string[];
}

function write(distDir: string, path: string, content: string) {
	mkdirSync(dirname(join(distDir, path)), { recursive: true });
	writeFileSync(join(distDir, path), content);
}

// The functions below are written into sw.js as source text (Workbox serialises them), so they
// use nothing from this module. They hand over to the worker extension (worker.ts), which
// `importScripts` has loaded before they run.
type Extension = {
	firebreakOffline: {
		cacheWillUpdate(param: unknown): Promise<Response | null>;
		handlerDidError(param: unknown): Promise<Response>;
		cacheKeyWillBeUsed(param: unknown): Promise<string>;
	};
};
const pagePlugin = {
	cacheKeyWillBeUsed: (param: unknown) =>
		(self as unknown as Extension).firebreakOffline.cacheKeyWillBeUsed(param),
	cacheWillUpdate: (param: unknown) =>
		(self as unknown as Extension).firebreakOffline.cacheWillUpdate(param),
	handlerDidError: (param: unknown) =>
		(self as unknown as Extension).firebreakOffline.handlerDidError(param),
};
const isPage = ({ request, sameOrigin }: { request: Request; sameOrigin: boolean }) =>
	sameOrigin && request.mode === 'navigate';
const isSavedFile = ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
	sameOrigin &&
	(/\/pagefind\/fragment\/[^/]+\.pf_fragment$/.test(url.pathname) ||
		/\/_astro\/[^/]+\.(png|jpe?g|gif|webp|avif|ico|mp4|webm|pdf)$/.test(url.pathname));
const isAstroAsset = ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
	sameOrigin && url.pathname.includes('/_astro/');
/**
 * A bundle this worker did not precache: one a page from a newer build asks for while this
 * worker still runs. The newer worker, installing, has precached it under the same name.
 */
const anyCacheThenNetwork = ({ request }: { request: Request }) =>
	caches.match(request).then((hit) => hit ?? fetch(request));

/** Writes everything the offline copy needs into `distDir` and says what it weighs. */
export async function writeOfflineCopy(
	distDir: string,
	options: { settings: ManifestSettings; base: string },
): Promise<WorkerReport> {
	write(
		distDir,
		'manifest.webmanifest',
		`${JSON.stringify(webManifest(options.settings, options.base), null, '\t')}\n`,
	);
	write(distDir, ICON_FILES.any, appIcon({ maskable: false }));
	write(distDir, ICON_FILES.maskable, appIcon({ maskable: true }));

	const { precache, list, backgroundBytes, warnings: listWarnings } = readOfflineBuild(distDir);
	const listJson = JSON.stringify(list);
	const listFile = offlineListFile(listJson);
	write(distDir, listFile, listJson);
	precache.push({ url: listFile, revision: null, bytes: Buffer.byteLength(listJson) });

	const extension = await bundleWorker(listFile);
	const extensionFile = `sw-offline.${contentHash(extension)}.js`;
	write(distDir, extensionFile, extension);

	const { warnings } = await generateSW({
		swDest: join(distDir, 'sw.js'),
		// The precache is exactly the list above (src/lib/offline/built-files.ts decides it), not a glob.
		globDirectory: distDir,
		globPatterns: [],
		additionalManifestEntries: precache.map(({ url, revision }) => ({ url, revision })),
		importScripts: [extensionFile],
		cacheId: CACHE_PREFIX,
		cleanupOutdatedCaches: true,
		// A new worker waits until the reader chooses to reload (the footer offers it).
		skipWaiting: false,
		clientsClaim: true,
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		babelPresetEnvTargets: WORKER_TARGETS,
		directoryIndex: 'index.html',
		// A static file is the same whatever its query, and the query carries state here: Pagefind
		// asks for `pagefind-entry.json?ts=…` (without ignoring `ts`, offline search finds nothing)
		// and the tools keep their answers in theirs (`/tools/severity/?impact=…`).
		ignoreURLParametersMatching: [/./],
		runtimeCaching: [
			{
				urlPattern: isPage,
				handler: 'NetworkFirst',
				options: {
					cacheName: PAGES_CACHE,
					networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
					plugins: [pagePlugin],
				},
			},
			{ urlPattern: isSavedFile, handler: 'CacheFirst', options: { cacheName: FILES_CACHE } },
			{ urlPattern: isAstroAsset, handler: anyCacheThenNetwork },
		],
	});
	return {
		precacheFiles: precache.length,
		precacheBytes: precache.reduce((sum, entry) => sum + entry.bytes, 0),
		workerBytes: statSync(join(distDir, 'sw.js')).size + Buffer.byteLength(extension),
		pages: list.precachedPages.length + list.pages.length,
		redirects: list.redirects.length,
		files: list.files.length,
		backgroundBytes,
		warnings: [...listWarnings, ...warnings],
	};
}

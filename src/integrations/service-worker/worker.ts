// Runs inside the service worker, next to what Workbox generates (bundled to `sw-offline.js` and
// loaded with `importScripts`). Workbox precaches the shell, the tools and the search index; this
// saves the rest of the pages in the background, a few at a time and at low priority, tags each
// saved page with its revision so a new build refetches only the pages that changed, reports how
// much is available offline, and answers with a plain page when a page is neither reachable nor
// saved. Every URL it fetches comes from the build's own list, resolved against the worker's
// scope: it never asks another origin for anything.
import {
	FILES_CACHE,
	OFFLINE_STATUS,
	PAGES_CACHE,
	REVISION_HEADER,
	SAVE_PAGES,
	type StatusMessage,
} from '../../lib/offline/messages.ts';
import {
	inBatches,
	offlineStatus,
	offlineStatusText,
	planSaving,
	type OfflineList,
	type SaveTask,
} from '../../lib/offline/offline-list.ts';

/** The build's list (`offline-pages.<hash>.json`, precached), named at bundle time. */
declare const __FIREBREAK_OFFLINE_LIST__: string;

/** Four requests at a time leave the reader's own navigation room on a slow link. */
const BATCH_SIZE = 4;
/** Progress reports at most this often; every batch would flood a fast connection's pages. */
const REPORT_EVERY_MS = 500;

// The few service-worker types used here: the project's TypeScript checks DOM code, and the
// WebWorker library cannot be loaded next to it.
interface ExtendableMessageEventLike {
	data: unknown;
	waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
	registration: { scope: string };
	clients: {
		matchAll(options: {
			type: 'window';
			includeUncontrolled: boolean;
		}): Promise<{ postMessage(message: unknown): void }[]>;
	};
	addEventListener(type: 'message', listener: (event: ExtendableMessageEventLike) => void): void;
	firebreakOffline?: unknown;
}
const worker = globalThis as unknown as WorkerScope;

const scope = () => worker.registration.scope;
const absolute = (url: string) => new URL(url, scope()).href;
/** A cache key as a URL relative to the scope; null for anything outside it. */
const relative = (url: string) => (url.startsWith(scope()) ? url.slice(scope().length) : null);

let listPromise: Promise<OfflineList> | undefined;
/** The build's list, from the precache (so it reads offline), else from the network. */
function readList(): Promise<OfflineList> {
	listPromise ??= (async () => {
		const url = absolute(__FIREBREAK_OFFLINE_LIST__);
		const response = (await caches.match(url)) ?? (await fetch(url));
		if (!response.ok) throw new Error(`${url} answered ${response.status}`);
		return (await response.json()) as OfflineList;
	})().catch((error: unknown) => {
		listPromise = undefined;
		throw error;
	});
	return listPromise;
}

let revisions: Promise<Map<string, string>> | undefined;
const revisionOf = async (url: string) => {
	revisions ??= readList().then(
		(list) => new Map([...list.pages, ...list.redirects].map(([page, rev]) => [page, rev])),
	);
	return (await revisions).get(url);
};

/** What this device holds: each saved page's revision and the saved files. */
async function savedState() {
	const pagesCache = await caches.open(PAGES_CACHE);
	const pages = new Map<string, string | null>();
	await Promise.all(
		(await pagesCache.keys()).map(async (request) => {
			const url = relative(request.url);
			if (url === null) return;
			const response = await pagesCache.match(request);
			pages.set(url, response?.headers.get(REVISION_HEADER) ?? null);
		}),
	);
	const files = new Set(
		(await (await caches.open(FILES_CACHE)).keys())
			.map((request) => relative(request.url))
			.filter((url): url is string => url !== null),
	);
	return { pages, files };
}

/** A copy of a page's response that carries the revision it was saved at. */
function tagged(response: Response, revision: string | undefined): Response {
	if (revision === undefined) return response;
	const headers = new Headers(response.headers);
	headers.set(REVISION_HEADER, revision);
	// A new Response also drops `redirected`, which a navigation would refuse to be answered with.
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers,
	});
}

type Saved = 'saved' | 'skipped' | 'offline';

async function save(task: SaveTask): Promise<Saved> {
	let response: Response;
	try {
		response = await fetch(absolute(task.url), {
			credentials: 'same-origin',
			priority: 'low',
			// Pages are revalidated (a 304 costs little); files are immutable, any copy will do.
			cache: task.cache === 'pages' ? 'no-cache' : 'default',
		});
	} catch {
		return 'offline';
	}
	// Gone since the list was written (a newer build is live): the next worker's list knows.
	if (!response.ok) return 'skipped';
	const cache = await caches.open(task.cache === 'pages' ? PAGES_CACHE : FILES_CACHE);
	await cache.put(absolute(task.url), tagged(response, task.revision));
	return 'saved';
}

async function report(
	list: OfflineList,
	saved: Awaited<ReturnType<typeof savedState>>,
	done: boolean,
) {
	const message: StatusMessage = { type: OFFLINE_STATUS, ...offlineStatus(list, saved), done };
	for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
		client.postMessage(message);
}

/** Saves what is missing or outdated, drops what this build no longer has, and reports. */
async function saveEverything(): Promise<void> {
	const list = await readList();
	const saved = await savedState();
	const plan = planSaving(list, saved);
	const pagesCache = await caches.open(PAGES_CACHE);
	const filesCache = await caches.open(FILES_CACHE);
	await Promise.all([
		...plan.drop.pages.map((url) => pagesCache.delete(absolute(url))),
		...plan.drop.files.map((url) => filesCache.delete(absolute(url))),
	]);
	plan.drop.pages.forEach((url) => saved.pages.delete(url));
	plan.drop.files.forEach((url) => saved.files.delete(url));
	await report(list, saved, plan.fetch.length === 0);
	let reported = Date.now();
	for (const batch of inBatches(plan.fetch, BATCH_SIZE)) {
		const results = await Promise.all(batch.map(save));
		batch.forEach((task, index) => {
			if (results[index] !== 'saved') return;
			if (task.cache === 'pages') saved.pages.set(task.url, task.revision ?? null);
			else saved.files.add(task.url);
		});
		// No network: stop for now; the next page load (online again) carries on from here.
		if (results.includes('offline')) return report(list, saved, true);
		if (Date.now() - reported >= REPORT_EVERY_MS) {
			await report(list, saved, false);
			reported = Date.now();
		}
	}
	await report(list, saved, true);
}

let saving: Promise<void> | undefined;
worker.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type !== SAVE_PAGES) return;
	// One run at a time; every page that asks gets the reports of the run under way.
	saving ??= saveEverything().finally(() => {
		saving = undefined;
	});
	event.waitUntil(saving);
});

/** A page's URL without query or fragment: a static page is the same whatever they hold. */
function pageKey(href: string): string {
	const url = new URL(href);
	url.search = '';
	url.hash = '';
	return url.href;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The page shown for a page that is neither reachable nor saved on this device. */
async function notSavedPage(): Promise<Response> {
	let status = '';
	try {
		status = offlineStatusText(offlineStatus(await readList(), await savedState()));
	} catch {
		// Without the list there is nothing to count; the page still says what to do.
	}
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not saved for offline reading</title></head><body><main><h1>This page is not saved on this device</h1><p>The network cannot be reached, and this page has not been saved for offline reading yet. ${escapeHtml(status)}</p><p><a href="${escapeHtml(scope())}">Go to the home page</a>: the tools, the runbooks index and the search work offline.</p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' },
	});
}

// Called by the plugin on Workbox's network-first route for pages (see generate-worker.ts).
worker.firebreakOffline = {
	/** A page read online is saved with its revision; errors are not saved. */
	async cacheWillUpdate({ request, response }: { request: Request; response: Response }) {
		if (!response.ok) return null;
		const url = relative(pageKey(request.url));
		return tagged(
			response,
			url === null ? undefined : await revisionOf(url).catch(() => undefined),
		);
	},
	handlerDidError: () => notSavedPage(),
	/** A page is saved under its URL without query or fragment: `?impact=…` reads the same page. */
	cacheKeyWillBeUsed: ({ request }: { request: Request }) => Promise.resolve(pageKey(request.url)),
};

// What pages and the service worker say to each other. One definition for both sides.
import type { OfflineStatus } from './offline-list.ts';

/** Page → worker: save what is missing, then report. Every page load asks; a running save is reused. */
export const SAVE_PAGES = 'FIREBREAK_SAVE_PAGES';
/** Page → waiting worker: take over now (Workbox's generated worker listens for exactly this). */
export const SKIP_WAITING = 'SKIP_WAITING';
/** Worker → pages: how much is available offline. */
export const OFFLINE_STATUS = 'FIREBREAK_OFFLINE_STATUS';

export interface StatusMessage extends OfflineStatus {
	type: typeof OFFLINE_STATUS;
	/** True once nothing is left to fetch (or the network is gone and the worker gave up for now). */
	done: boolean;
}

export const isStatusMessage = (data: unknown): data is StatusMessage =>
	typeof data === 'object' &&
	data !== null &&
	(data as { type?: unknown }).type === OFFLINE_STATUS &&
	typeof (data as { available?: unknown }).available === 'number' &&
	typeof (data as { total?: unknown }).total === 'number';

/** Cache names the worker's routes and its background saving share. */
export const CACHE_PREFIX = 'firebreak';
export const PAGES_CACHE = `${CACHE_PREFIX}-pages`;
export const FILES_CACHE = `${CACHE_PREFIX}-files`;
/** The header a saved page carries: the revision it was saved at. */
export const REVISION_HEADER = 'x-firebreak-revision';

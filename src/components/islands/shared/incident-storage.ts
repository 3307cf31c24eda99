// The browser's side of the incident store: localStorage, written by read-merge-write so a write
// never drops what another tab wrote in between. Everything else (parsing, merging) is src/lib.
import {
	emptyStore,
	mergeStores,
	parseStore,
	type IncidentStore,
	type ReadResult,
} from '../../../lib/incident/store.ts';

export const STORE_KEY = 'firebreak:incidents';
/** Where unreadable data is kept until the user has saved it and dismissed the warning. */
export const UNREADABLE_KEY = 'firebreak:incidents:unreadable';

export type StorageProblem =
	/** What was stored could not be read; `raw` is kept so it can be saved. */
	| { kind: 'unreadable'; raw: string; reason: string }
	/** Writing failed (full quota, private mode): this tab keeps working in memory. */
	| { kind: 'not-saved' };

function getItem(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function setItem(key: string, value: string): boolean {
	try {
		localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/**
 * Reads the store. Unreadable data is copied aside before anything can overwrite it, and the
 * tab starts clean; if even the copy fails, the data stays where it is and nothing is written
 * over it (the caller keeps working in memory).
 */
export function loadStore(): {
	store: IncidentStore;
	problem: StorageProblem | null;
	writable: boolean;
} {
	const read: ReadResult = parseStore(getItem(STORE_KEY));
	const kept = readKept();
	if (read.ok) return { store: read.store, problem: kept, writable: true };
	const problem = { kind: 'unreadable' as const, raw: read.raw, reason: read.reason };
	const copied =
		kept?.raw === read.raw ||
		setItem(UNREADABLE_KEY, JSON.stringify({ raw: read.raw, reason: read.reason }));
	return { store: emptyStore(), problem, writable: copied };
}

/** Unreadable data copied aside by an earlier visit, with what was wrong with it. */
function readKept(): Extract<StorageProblem, { kind: 'unreadable' }> | null {
	const kept = getItem(UNREADABLE_KEY);
	if (kept === null) return null;
	try {
		const { raw, reason } = JSON.parse(kept) as { raw: unknown; reason: unknown };
		if (typeof raw === 'string' && typeof reason === 'string')
			return { kind: 'unreadable', raw, reason };
	} catch {
		// Fall through: show what is there, whatever it is.
	}
	return { kind: 'unreadable', raw: kept, reason: 'it could not be read' };
}

/** Writes `store` merged with whatever is stored now; returns what is stored, or null if it failed. */
export function saveStore(store: IncidentStore): IncidentStore | null {
	const current = parseStore(getItem(STORE_KEY));
	const merged = current.ok ? mergeStores(current.store, store) : store;
	return setItem(STORE_KEY, JSON.stringify(merged)) ? merged : null;
}

export function forgetUnreadable(): void {
	try {
		localStorage.removeItem(UNREADABLE_KEY);
	} catch {
		// Nothing to forget if storage is unavailable.
	}
}

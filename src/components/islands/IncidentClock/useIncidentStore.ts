// The incidents this browser holds, kept in step with localStorage and with other tabs: every
// change is merged, never overwritten, so two tabs writing at once both keep every event.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Incident } from '../../../lib/incident/events.ts';
import {
	covers,
	emptyStore,
	mergeStores,
	parseStore,
	withIncident,
	withoutIncident,
	type IncidentStore,
} from '../../../lib/incident/store.ts';
import {
	forgetUnreadable,
	loadStore,
	saveStore,
	STORE_KEY,
	type StorageProblem,
} from '../shared/incident-storage.ts';

export function useIncidentStore() {
	const [store, setStore] = useState<IncidentStore>(emptyStore);
	const [ready, setReady] = useState(false);
	const [unreadable, setUnreadable] = useState<Extract<
		StorageProblem,
		{ kind: 'unreadable' }
	> | null>(null);
	const [notSaved, setNotSaved] = useState(false);
	// The latest store, for event handlers that outlive a render.
	const latest = useRef(store);
	// False while unreadable data could not be copied aside: writing would destroy it.
	const writable = useRef(true);

	const persist = useCallback((next: IncidentStore) => {
		latest.current = next;
		setStore(next);
		const saved = writable.current ? saveStore(next) : null;
		setNotSaved(saved === null);
		if (saved && !covers(next, saved)) {
			latest.current = saved;
			setStore(saved);
		}
	}, []);

	useEffect(() => {
		const loaded = loadStore();
		writable.current = loaded.writable;
		latest.current = loaded.store;
		setStore(loaded.store);
		if (loaded.problem?.kind === 'unreadable') setUnreadable(loaded.problem);
		if (loaded.problem && loaded.writable) saveStore(loaded.store);
		setReady(true);

		const onStorage = (event: StorageEvent) => {
			if (event.key !== STORE_KEY || event.newValue === null) return;
			const read = parseStore(event.newValue);
			if (!read.ok) return; // Another tab's damage is its own to report; ours stays intact.
			const merged = mergeStores(latest.current, read.store);
			latest.current = merged;
			setStore(merged);
			// This tab holds events the other did not write: write the union back.
			if (!covers(read.store, merged) && writable.current) saveStore(merged);
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	}, []);

	return {
		ready,
		store,
		unreadable,
		notSaved,
		/** Adds an incident or more of its events; merged, so nothing already there is lost. */
		put: useCallback(
			(incident: Incident) => persist(withIncident(latest.current, incident)),
			[persist],
		),
		remove: useCallback((id: string) => persist(withoutIncident(latest.current, id)), [persist]),
		dismissUnreadable: useCallback(() => {
			forgetUnreadable();
			setUnreadable(null);
		}, []),
	};
}

// The incidents a browser keeps: parsed and validated on every read, merged by event id so two
// tabs writing at once never lose an event, and never trusted blindly.
import * as v from 'valibot';
import { Incident, orderEvents } from './events.ts';

/** Bump when the stored shape changes incompatibly; older readers then keep their hands off. */
export const STORE_VERSION = 1;

export const IncidentStore = v.object({
	version: v.literal(STORE_VERSION),
	incidents: v.array(Incident),
	/** Ids of deleted incidents, so another tab's copy does not bring them back. */
	deleted: v.array(v.string()),
});
export type IncidentStore = v.InferOutput<typeof IncidentStore>;

export const emptyStore = (): IncidentStore => ({
	version: STORE_VERSION,
	incidents: [],
	deleted: [],
});

export type ReadResult =
	| { ok: true; store: IncidentStore }
	/** `raw` is kept so the user can save it; `reason` says what was wrong, in plain words. */
	| { ok: false; raw: string; reason: string };

/** Reads stored text. Nothing stored is an empty store; anything unreadable is reported, never thrown. */
export function parseStore(raw: string | null): ReadResult {
	if (raw === null || raw === '') return { ok: true, store: emptyStore() };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { ok: false, raw, reason: 'it is not valid JSON' };
	}
	const version =
		typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
	if (typeof version === 'number' && version > STORE_VERSION) {
		return {
			ok: false,
			raw,
			reason: `it was written by a newer version of this handbook (format ${version})`,
		};
	}
	const parsed = v.safeParse(IncidentStore, json);
	if (!parsed.success) {
		const path = v.getDotPath(parsed.issues[0]);
		const where = path ? ` at ${path}` : '';
		return { ok: false, raw, reason: `it does not have the expected shape${where}` };
	}
	// An incident without its "declared" event cannot be shown; treat it like any other damage.
	const broken = parsed.output.incidents.find(
		(incident) => !incident.events.some((item) => item.type === 'declared'),
	);
	if (broken) return { ok: false, raw, reason: `incident ${broken.id} has no declaration` };
	return { ok: true, store: parsed.output };
}

/** Both logs' events, once each. */
export function mergeIncident(a: Incident, b: Incident): Incident {
	return { id: a.id, events: orderEvents([...a.events, ...b.events]) };
}

/**
 * The union of two stores: every incident either holds, every event of each, minus the deleted.
 * Commutative and idempotent, so tabs converge whatever order their writes arrive in.
 */
export function mergeStores(a: IncidentStore, b: IncidentStore): IncidentStore {
	const deleted = [...new Set([...a.deleted, ...b.deleted])].sort();
	const byId = new Map<string, Incident>();
	for (const incident of [...a.incidents, ...b.incidents]) {
		if (deleted.includes(incident.id)) continue;
		const known = byId.get(incident.id);
		byId.set(
			incident.id,
			known
				? mergeIncident(known, incident)
				: { id: incident.id, events: orderEvents(incident.events) },
		);
	}
	const incidents = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
	return { version: STORE_VERSION, incidents, deleted };
}

/** True when `store` already holds every event and deletion in `other`: nothing to write back. */
export function covers(store: IncidentStore, other: IncidentStore): boolean {
	const events = new Set(
		store.incidents.flatMap((incident) =>
			incident.events.map((item) => `${incident.id}/${item.id}`),
		),
	);
	const deleted = new Set(store.deleted);
	return (
		other.deleted.every((id) => deleted.has(id)) &&
		other.incidents.every(
			(incident) =>
				deleted.has(incident.id) ||
				incident.events.every((item) => events.has(`${incident.id}/${item.id}`)),
		)
	);
}

export const withIncident = (store: IncidentStore, incident: Incident) =>
	mergeStores(store, { version: STORE_VERSION, incidents: [incident], deleted: [] });

export const withoutIncident = (store: IncidentStore, id: string) =>
	mergeStores(store, { version: STORE_VERSION, incidents: [], deleted: [id] });

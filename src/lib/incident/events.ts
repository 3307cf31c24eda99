// The incident record: an append-only log of what people did, validated every time it is read
// from storage or a link. With valibot rather than zod: the schemas ship in the clock's island,
// and valibot's functions tree-shake to 2.5 KB gzip where zod/mini's core takes 7.4 KB.
import * as v from 'valibot';

/** Milliseconds since the epoch: what `Date.now()` returns. */
const Time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Text = v.pipe(v.string(), v.maxLength(2000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(120));

/** The status-page states an open incident moves through; resolving is its own event. */
export const OPEN_STATES = ['investigating', 'identified', 'monitoring'] as const;

const event = <Type extends string, Shape extends v.ObjectEntries>(type: Type, shape: Shape) =>
	v.object({ id: Id, at: Time, type: v.literal(type), ...shape });

export const IncidentEvent = v.variant('type', [
	/** The incident starts. `detectedAt` may be earlier than `at`, to backdate it. */
	event('declared', {
		title: Text,
		severity: Id,
		detectedAt: Time,
		runbook: v.optional(Id),
		/** Triggers (assessment `bringIn` ids) that held when it was declared. */
		bringIn: v.optional(v.pipe(v.array(Id), v.maxLength(20))),
	}),
	event('acknowledged', { by: v.optional(Text) }),
	event('severity-changed', { severity: Id }),
	/** The status page moves to another open state; changing it is itself an update. */
	event('status-changed', { state: v.picklist(OPEN_STATES) }),
	event('update-posted', { text: v.optional(Text) }),
	/** `person` empty means nobody holds the role any more. */
	event('role-assigned', { role: Id, person: Text }),
	event('note', { text: Text }),
	/** Someone paged a step of the chain by hand (0 is the first step). */
	event('escalated', { step: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(50)) }),
	event('mitigated', {}),
	event('resolved', {}),
	event('reopened', {}),
	/** Moves the incident out of (or back into) the list of active ones; not part of its story. */
	event('archived', {}),
	event('unarchived', {}),
]);
export type IncidentEvent = v.InferOutput<typeof IncidentEvent>;
export type EventType = IncidentEvent['type'];
export type EventOf<T extends EventType> = Extract<IncidentEvent, { type: T }>;
export type OpenState = (typeof OPEN_STATES)[number];

/** An incident is its id and its log; everything else is derived from the log. */
export const Incident = v.object({
	id: Id,
	events: v.pipe(v.array(IncidentEvent), v.minLength(1), v.maxLength(5000)),
});
export type Incident = v.InferOutput<typeof Incident>;

/**
 * Event ids sort by time and then by a per-tab counter, so ties within one millisecond keep the
 * order they were made in; the random tail keeps two tabs from ever making the same id.
 */
export function makeEventId(now: number, counter: number, random: () => number): string {
	const tail = Math.floor(random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
	return `${now.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${tail}`;
}

/** Events in the order they happened: by time, then by id. Duplicates (same id) appear once. */
export function orderEvents(events: readonly IncidentEvent[]): IncidentEvent[] {
	const byId = new Map<string, IncidentEvent>();
	for (const item of events) if (!byId.has(item.id)) byId.set(item.id, item);
	return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

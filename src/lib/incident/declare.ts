// Starting an incident from the clock's form, and adding to its log.
import { makeEventId, type Incident, type IncidentEvent } from './events.ts';

type NewEvent = IncidentEvent extends infer E
	? E extends IncidentEvent
		? Omit<E, 'id' | 'at'>
		: never
	: never;

/** Makes event ids: time-ordered, with a counter for ties and a random tail for other tabs. */
export function eventIds(random: () => number = Math.random) {
	let counter = 0;
	return (now: number) => makeEventId(now, counter++, random);
}

export interface DeclareInput {
	title: string;
	severity: string;
	/** When the problem started; defaults to now, may be earlier to backdate. */
	detectedAt: number;
	runbook?: string | undefined;
	/** Assessment triggers the calculator found true: people to bring in whatever the level. */
	bringIn?: readonly string[] | undefined;
}

export type DeclareResult =
	| { ok: true; incident: Incident }
	| { ok: false; field: 'detectedAt' | 'severity'; message: string };

export function declareIncident(
	input: DeclareInput,
	now: number,
	nextId: (now: number) => string,
	knownLevels: readonly string[],
): DeclareResult {
	if (!knownLevels.includes(input.severity)) {
		return { ok: false, field: 'severity', message: 'Choose a severity level.' };
	}
	if (!Number.isFinite(input.detectedAt) || input.detectedAt > now + 60_000) {
		return {
			ok: false,
			field: 'detectedAt',
			message: 'The detection time is in the future: use now or an earlier time.',
		};
	}
	const id = nextId(now);
	return {
		ok: true,
		incident: {
			id,
			events: [
				{
					id,
					at: now,
					type: 'declared',
					title: input.title.trim(),
					severity: input.severity,
					detectedAt: Math.min(Math.floor(input.detectedAt), now),
					...(input.runbook ? { runbook: input.runbook } : {}),
					...(input.bringIn?.length ? { bringIn: [...input.bringIn] } : {}),
				},
			],
		},
	};
}

/** The incident with one more event, recorded at `now`. */
export function record(
	incident: Incident,
	event: NewEvent,
	now: number,
	nextId: (now: number) => string,
): Incident {
	return {
		id: incident.id,
		events: [...incident.events, { ...event, id: nextId(now), at: now }],
	};
}

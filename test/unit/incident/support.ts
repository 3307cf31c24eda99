import { clockView } from '../../../src/lib/incident/clock-view.ts';
import { declareIncident, eventIds, record } from '../../../src/lib/incident/declare.ts';
import type { Incident } from '../../../src/lib/incident/events.ts';
import { clockDataFor, fixtureDir } from '../../support/clock-data.ts';

/** A handbook with a three-step chain that repeats once, and a level with no cadence. */
export const data = clockDataFor(fixtureDir('escalation-chains'));
export const MIN = 60_000;
export const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);

/** A fresh incident declared at T0 (or `detectedAt`) and a way to add events at a given time. */
export function incident(severity = 'major', detectedAt = T0) {
	const nextId = eventIds(() => 0.5);
	const declared = declareIncident(
		{ title: 'Checkout down', severity, detectedAt },
		T0,
		nextId,
		data.levels.map((level) => level.id),
	);
	if (!declared.ok) throw new Error(declared.message);
	let current: Incident = declared.incident;
	return {
		get incident() {
			return current;
		},
		at(minutes: number, event: Parameters<typeof record>[1]) {
			current = record(current, event, T0 + minutes * MIN, nextId);
			return this;
		},
		view(minutes: number) {
			return clockView(current, data.levels, T0 + minutes * MIN);
		},
	};
}

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clockView } from '../../../src/lib/incident/clock-view.ts';
import { OPEN_STATES, type Incident } from '../../../src/lib/incident/events.ts';
import { reduceIncident } from '../../../src/lib/incident/reduce-incident.ts';
import { mergeStores, STORE_VERSION, type IncidentStore } from '../../../src/lib/incident/store.ts';
import { data, MIN, T0 } from './support.ts';

const levelIds = data.levels.map((level) => level.id);
const HOUR = 60 * MIN;

/** Anything that can follow a declaration, at any time from an hour before it to a day after. */
const laterEvent = fc.oneof(
	fc.record({ type: fc.constant('acknowledged' as const) }),
	fc.record({
		type: fc.constant('severity-changed' as const),
		severity: fc.constantFrom(...levelIds),
	}),
	fc.record({
		type: fc.constant('status-changed' as const),
		state: fc.constantFrom(...OPEN_STATES),
	}),
	fc.record({ type: fc.constant('update-posted' as const) }),
	fc.record({
		type: fc.constant('role-assigned' as const),
		role: fc.constantFrom('commander', 'scribe'),
		person: fc.string(),
	}),
	fc.record({ type: fc.constant('note' as const), text: fc.string() }),
	fc.record({ type: fc.constant('escalated' as const), step: fc.nat(4) }),
	fc.constantFrom(
		{ type: 'mitigated' as const },
		{ type: 'resolved' as const },
		{ type: 'reopened' as const },
		{ type: 'archived' as const },
		{ type: 'unarchived' as const },
	),
);

const arbitraryIncident: fc.Arbitrary<Incident> = fc
	.record({
		severity: fc.constantFrom(...levelIds),
		backdate: fc.integer({ min: 0, max: 3 * HOUR }),
		later: fc.array(fc.tuple(laterEvent, fc.integer({ min: -HOUR, max: 24 * HOUR })), {
			maxLength: 25,
		}),
	})
	.map(({ severity, backdate, later }) => ({
		id: 'incident-1',
		events: [
			{
				id: 'e-declared',
				at: T0,
				type: 'declared',
				title: 'Generated',
				severity,
				detectedAt: T0 - backdate,
			},
			...later.map(([event, offset], index) => ({
				...event,
				id: `e-${String(index).padStart(3, '0')}`,
				at: T0 + offset,
			})),
		],
	}));

const anyNow = fc.integer({ min: T0 - 2 * HOUR, max: T0 + 48 * HOUR });

describe('the incident clock, for any log and any time', () => {
	test('remaining times and durations are never negative', () => {
		fc.assert(
			fc.property(arbitraryIncident, anyNow, (incident, now) => {
				const view = clockView(incident, data.levels, now);
				const remaining = [
					view.paging.next?.inMs ?? 0,
					view.update?.inMs ?? 0,
					view.update?.overdueByMs ?? 0,
					...view.unresolved.upcoming.map((step) => step.inMs),
				];
				const durations = Object.values(view.durations).filter(
					(value): value is number => value !== null,
				);
				expect(Math.min(...remaining, ...durations)).toBeGreaterThanOrEqual(0);
			}),
		);
	});

	test('the same events in any arrival order give the same state', () => {
		fc.assert(
			fc.property(
				arbitraryIncident.chain((incident) =>
					fc.tuple(
						fc.constant(incident),
						fc.shuffledSubarray(incident.events, { minLength: incident.events.length }),
					),
				),
				anyNow,
				([incident, shuffled], now) => {
					expect(clockView({ ...incident, events: shuffled }, data.levels, now)).toEqual(
						clockView(incident, data.levels, now),
					);
				},
			),
		);
	});

	test('a wall clock that jumps backwards never produces negative elapsed time or a shrinking record', () => {
		fc.assert(
			fc.property(
				arbitraryIncident,
				anyNow,
				fc.integer({ min: 1, max: 48 * HOUR }),
				(incident, now, jump) => {
					const before = clockView(incident, data.levels, now);
					const after = clockView(incident, data.levels, now - jump);
					expect(after.durations.elapsedMs).toBeGreaterThanOrEqual(0);
					expect(after.state).toEqual(before.state);
				},
			),
		);
	});

	test('every event of either tab survives a merge, whichever tab writes last', () => {
		const store = (incident: Incident): IncidentStore => ({
			version: STORE_VERSION,
			incidents: [incident],
			deleted: [],
		});
		fc.assert(
			fc.property(
				arbitraryIncident,
				fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
				(incident, split) => {
					const [declared, ...rest] = incident.events;
					const tabA = { id: incident.id, events: [declared!, ...rest.filter((_, i) => split[i])] };
					const tabB = {
						id: incident.id,
						events: [declared!, ...rest.filter((_, i) => !split[i])],
					};
					const ab = mergeStores(store(tabA), store(tabB));
					expect(ab).toEqual(mergeStores(store(tabB), store(tabA)));
					expect(mergeStores(ab, store(tabA))).toEqual(ab);
					expect(ab.incidents[0]!.events).toHaveLength(incident.events.length);
					expect(reduceIncident(ab.incidents[0]!)).toEqual(reduceIncident(incident));
				},
			),
		);
	});
});

import { describe, expect, test } from 'vitest';
import { incident, MIN, T0 } from './support.ts';

describe('status updates', () => {
	test('the first update is due one cadence after declaration, and is overdue after that', () => {
		const chain = incident();
		expect(chain.view(10).update).toMatchObject({
			everyMinutes: 15,
			dueAt: T0 + 15 * MIN,
			inMs: 5 * MIN,
			overdue: false,
		});
		expect(chain.view(17).update).toMatchObject({ overdue: true, overdueByMs: 2 * MIN, inMs: 0 });
	});

	test('posting an update restarts the countdown', () => {
		const view = incident().at(17, { type: 'update-posted' }).view(18);
		expect(view.update).toMatchObject({ dueAt: T0 + 32 * MIN, overdue: false });
	});

	test('changing the status-page state is an update and switches to that state’s cadence', () => {
		const view = incident().at(12, { type: 'status-changed', state: 'identified' }).view(13);
		expect(view.update).toMatchObject({ everyMinutes: 30, dueAt: T0 + 42 * MIN });
	});

	test('no update is due in a state without a cadence, or once resolved', () => {
		expect(
			incident().at(5, { type: 'status-changed', state: 'monitoring' }).view(60).update,
		).toBeNull();
		expect(incident('minor').view(600).update).toBeNull();
		expect(incident().at(5, { type: 'resolved' }).view(60).update).toBeNull();
	});

	test('reopening returns to investigating, with the cadence counted from the reopening', () => {
		const view = incident().at(5, { type: 'resolved' }).at(50, { type: 'reopened' }).view(51);
		expect(view.state.status).toBe('investigating');
		expect(view.update?.dueAt).toBe(T0 + 65 * MIN);
		expect(view.durations.toResolveMs).toBeNull();
	});
});

describe('durations and the response target', () => {
	test('time to acknowledge, mitigate and resolve count from detection', () => {
		const view = incident('major', T0 - 4 * MIN)
			.at(2, { type: 'acknowledged' })
			.at(20, { type: 'mitigated' })
			.at(35, { type: 'resolved' })
			.view(90);
		expect(view.durations).toEqual({
			elapsedMs: 39 * MIN,
			toDeclareMs: 4 * MIN,
			toAcknowledgeMs: 6 * MIN,
			toMitigateMs: 24 * MIN,
			toResolveMs: 39 * MIN,
		});
		expect(view.respondBy).toEqual({ at: T0 + 6 * MIN, met: true, overdue: false });
	});

	test('nobody acknowledging within the response time is overdue', () => {
		expect(incident().view(11).respondBy).toMatchObject({ met: null, overdue: true });
	});
});

import { nextEscalationStep } from '../../../src/lib/incident/escalation-schedule.ts';
import { describe, expect, test } from 'vitest';
import { incident, MIN, T0 } from './support.ts';

const targets = (view: ReturnType<ReturnType<typeof incident>['view']>) =>
	view.paging.current?.targets;

describe('the paging chain', () => {
	test('declaring pages the first step at once and counts down to the next', () => {
		const view = incident().view(0);
		expect(view.paging.status).toBe('paging');
		expect(targets(view)).toEqual(['Responder']);
		expect(view.paging.next).toMatchObject({
			targets: ['Backup'],
			at: T0 + 5 * MIN,
			inMs: 5 * MIN,
		});
	});

	test('an incident unacknowledged for 5 minutes goes to the backup, then to lead and director at 15', () => {
		const chain = incident();
		expect(targets(chain.view(4.99))).toEqual(['Responder']);
		expect(targets(chain.view(5))).toEqual(['Backup']);
		expect(targets(chain.view(15))).toEqual(['Lead', 'Director']);
		expect(chain.view(15).paging.fired.map((firing) => firing.step)).toEqual([0, 1, 2]);
	});

	test('with `repeat: 1` the chain starts again after `repeatAfterMinutes`, then runs out', () => {
		const chain = incident();
		const repeat = chain.view(30);
		expect(repeat.paging.current).toMatchObject({ pass: 1, step: 0, targets: ['Responder'] });
		expect(chain.view(45).paging.current).toMatchObject({ pass: 1, step: 2 });
		const exhausted = chain.view(90);
		expect(exhausted.paging.status).toBe('exhausted');
		expect(exhausted.paging.next).toBeNull();
		expect(exhausted.paging.fired).toHaveLength(6);
	});

	test('acknowledging stops paging; the unresolved chain still brings people in', () => {
		const chain = incident().at(3, { type: 'acknowledged', by: 'Sam' });
		const view = chain.view(31);
		expect(view.paging.status).toBe('acknowledged');
		expect(view.paging.next).toBeNull();
		expect(targets(view)).toEqual(['Responder']);
		expect(view.unresolved.due.map((step) => step.targets)).toEqual([['Director']]);
		expect(view.unresolved.upcoming[0]).toMatchObject({ targets: ['Executive'], inMs: 29 * MIN });
		expect(view.state.paging.acknowledgedBy).toBe('Sam');
	});

	test('escalating by hand pages the chosen step now, clears the acknowledgement and continues from there', () => {
		const chain = incident().at(2, { type: 'acknowledged' }).at(8, { type: 'escalated', step: 1 });
		const view = chain.view(8);
		expect(view.paging.status).toBe('paging');
		expect(targets(view)).toEqual(['Backup']);
		// The next step keeps its distance from the escalated one: 15 − 5 = 10 minutes later.
		expect(view.paging.next).toMatchObject({ targets: ['Lead', 'Director'], at: T0 + 18 * MIN });
	});

	test('a severity change restarts an unacknowledged chain at the new policy’s first step', () => {
		const chain = incident('minor').at(20, { type: 'severity-changed', severity: 'major' });
		const view = chain.view(20);
		expect(view.level.id).toBe('major');
		expect(targets(view)).toEqual(['Responder']);
		expect(view.paging.next?.at).toBe(T0 + 25 * MIN);
	});

	test('a severity change keeps an acknowledged chain acknowledged, and the new level’s unresolved chain counts from detection', () => {
		const chain = incident('minor')
			.at(1, { type: 'acknowledged' })
			.at(40, { type: 'severity-changed', severity: 'major' });
		const view = chain.view(40);
		expect(view.paging.status).toBe('acknowledged');
		expect(view.unresolved.due.map((step) => step.afterMinutes)).toEqual([30]);
	});

	test('resolving stops both chains', () => {
		const chain = incident().at(20, { type: 'resolved' });
		const view = chain.view(200);
		expect(view.paging.status).toBe('resolved');
		expect(view.paging.fired.map((firing) => firing.step)).toEqual([0, 1, 2]);
		expect(view.unresolved.due).toEqual([]);
		expect(view.unresolved.upcoming).toEqual([]);
	});

	test('a backdated detection counts both chains from when the problem started', () => {
		const chain = incident('major', T0 - 31 * MIN);
		const view = chain.view(0);
		expect(view.durations.toDeclareMs).toBe(31 * MIN);
		expect(view.unresolved.due.map((step) => step.targets)).toEqual([['Director']]);
		expect(view.paging.current).toMatchObject({ pass: 1, step: 0 });
	});
});

test('a clock that reads earlier than the declaration still shows the first step as paged, not as next', () => {
	const view = incident().view(-2);
	expect(view.paging.current?.step).toBe(0);
	expect(view.paging.next).toMatchObject({ step: 1, inMs: 7 * MIN });
});

test('escalating by hand pages the step after the last one paged, and starts over past the end', () => {
	const chain = incident();
	expect(nextEscalationStep(chain.view(0).level, chain.view(0).paging)).toBe(1);
	expect(nextEscalationStep(chain.view(16).level, chain.view(16).paging)).toBe(0);
});

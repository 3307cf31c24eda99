import { describe, expect, test } from 'vitest';
import {
	buildCalculatorData,
	fittingRunbooks,
	type RunbookEntry,
} from '../../../src/lib/views/calculator-view.ts';
import { FIXTURE_P0_P3, loadContent } from '../../support/content.ts';

const content = loadContent(FIXTURE_P0_P3);
const data = buildCalculatorData(content);
const level = (id: string) => data.levels.find((candidate) => candidate.id === id)!;

describe('buildCalculatorData', () => {
	test('lists levels most severe first, whatever order the entries come in', () => {
		const reversed = buildCalculatorData({
			...content,
			severities: content.severities.toReversed(),
		});
		expect(reversed.levels.map(({ id }) => id)).toEqual(['p0', 'p1', 'p2', 'p3']);
		expect(reversed.model.levels).toEqual([
			{ id: 'p0', rank: 1 },
			{ id: 'p1', rank: 2 },
			{ id: 'p2', rank: 3 },
			{ id: 'p3', rank: 4 },
		]);
	});

	test('turns role references into names', () => {
		expect(level('p0').notify).toEqual(['On-call engineer', 'Engineering lead']);
		expect(level('p3').notify).toEqual([]);
	});

	test('carries each level’s escalation policy: the paging chain, its repeats, the unresolved chain', () => {
		expect(level('p0').policy).toEqual({
			id: 'critical',
			name: 'P0 escalation',
			description: null,
			urgency: 'high',
			repeat: 3,
			repeatAfterMinutes: 15,
			steps: [{ afterMinutes: 0, targets: ['On-call engineer'], inOrder: false }],
			whileUnresolved: [
				{
					afterMinutes: 30,
					targets: ['Engineering lead'],
					note: 'P0 not resolved in 30 minutes.',
					inOrder: false,
				},
				{ afterMinutes: 60, targets: ['CTO'], note: 'P0 not resolved in 1 hour.', inOrder: false },
				{
					afterMinutes: 240,
					targets: ['CEO'],
					note: 'Service unavailable for more than 4 hours.',
					inOrder: false,
				},
			],
		});
		expect(level('p2').policy).toMatchObject({
			id: 'standard',
			repeat: 0,
			repeatAfterMinutes: null,
		});
	});

	test('lists the runbooks that fit, keyed by every level id', () => {
		const connectionPool = {
			id: 'runbooks/connection-pool',
			title: 'Database connection pool exhausted',
		};
		expect(data.runbooksByLevel).toEqual({
			p0: [connectionPool],
			p1: [connectionPool],
			p2: [],
			p3: [],
		});
	});

	test('takes the channel pattern and status page from the settings', () => {
		expect(data).toMatchObject({
			incidentChannel: '#inc-{slug}',
			statusPageUrl: 'https://status.agentfactory.example',
		});
	});

	test('is plain data, so it survives being passed to an island as props', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});

	test('a level whose policy is missing is an error, not a level that pages nobody', () => {
		expect(() => buildCalculatorData({ ...content, policies: new Map() })).toThrow(
			/Severity p0 names escalation policy critical/,
		);
	});
});

test('runbooks that fit: most likely at the level first, then those that list it', () => {
	const runbook = (id: string, severities: string[]): RunbookEntry => ({
		id,
		data: {
			title: id.toUpperCase(),
			severities: severities.map((severity) => ({ collection: 'severities', id: severity })),
		},
	});
	const runbooks = [
		runbook('a', ['sev3', 'sev2']),
		runbook('b', ['sev2']),
		runbook('c', ['sev1']),
		runbook('d', ['sev1', 'sev2']),
	];
	expect(fittingRunbooks(runbooks, 'sev2').map((r) => r.id)).toEqual(['b', 'a', 'd']);
	expect(fittingRunbooks(runbooks, 'sev2', 2)).toEqual([
		{ id: 'b', title: 'B' },
		{ id: 'a', title: 'A' },
	]);
	expect(fittingRunbooks(runbooks, 'sev4').map((r) => r.id)).toEqual([]);
});

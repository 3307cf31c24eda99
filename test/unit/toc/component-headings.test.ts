import { expect, test } from 'vitest';
import {
	levelHeadings,
	matrixHeadings,
	policyHeadings,
	roleHeadings,
	runbookIndexHeadings,
} from '../../../src/lib/toc/component-headings.ts';
import { RUNBOOKS_PER_PAGE } from '../../../src/lib/runbooks/runbook-index.ts';

const levels = [
	{ id: 'sev1', data: { label: 'SEV1', name: 'Critical', aliases: ['P0'] } },
	{ id: 'minor', data: { label: 'Minor', name: 'Minor', aliases: [] } },
];

test('the escalation page’s sections are the levels, titled as their badges read', () => {
	expect(policyHeadings(levels)).toEqual([
		{ depth: 2, slug: 'sev1', text: 'SEV1 (P0)' },
		{ depth: 2, slug: 'minor', text: 'Minor' },
	]);
});

test('the severity levels page’s sections name each level and its other names', () => {
	expect(levelHeadings(levels).map((heading) => heading.text)).toEqual([
		'SEV1: Critical (also P0)',
		'Minor: Minor',
	]);
});

test('a role page lists only the sections the role has content for', () => {
	const role = { duties: ['Decide'], firstFifteenMinutes: [], contacts: [] };
	expect(roleHeadings(role)).toEqual([{ depth: 2, slug: 'duties', text: 'Duties' }]);
	const full = {
		duties: ['Decide'],
		firstFifteenMinutes: ['Join'],
		contacts: [{ via: 'slack' as const, value: '@ic' }],
	};
	expect(roleHeadings(full).map((heading) => heading.slug)).toEqual([
		'duties',
		'first-15-minutes',
		'contact',
	]);
});

test('the runbooks index leads in by service and by level, and lists every runbook while few', () => {
	const runbook = { id: 'runbooks/a', data: { services: ['api'] } };
	const ways = [
		{ depth: 2, slug: 'by-service', text: 'By service' },
		{ depth: 2, slug: 'by-level', text: 'By level' },
	];
	expect(runbookIndexHeadings([runbook])).toEqual([
		...ways,
		{ depth: 2, slug: 'all-runbooks', text: 'All runbooks' },
	]);
	expect(runbookIndexHeadings(Array(RUNBOOKS_PER_PAGE + 1).fill(runbook))).toEqual(ways);
	expect(runbookIndexHeadings([])).toEqual([]);
});

test('the severity matrix page has an overrides section, and a ceilings section where there are ceilings', () => {
	expect(matrixHeadings(false)).toEqual([{ depth: 2, slug: 'overrides', text: 'Overrides' }]);
	expect(matrixHeadings(true).map((heading) => heading.slug)).toEqual(['overrides', 'ceilings']);
});

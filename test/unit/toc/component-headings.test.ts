import { expect, test } from 'vitest';
import {
	levelHeadings,
	policyHeadings,
	roleHeadings,
	runbookIndexHeadings,
} from '../../../src/lib/toc/component-headings.ts';

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

test('the runbooks index has a section per service, A–Z, under "By service"', () => {
	const runbooks = [
		{ id: 'runbooks/a', data: { services: ['web', 'api'] } },
		{ id: 'runbooks/b', data: { services: ['api'] } },
	];
	expect(runbookIndexHeadings(runbooks)).toEqual([
		{ depth: 2, slug: 'by-service', text: 'By service' },
		{ depth: 3, slug: 'service-api', text: 'api' },
		{ depth: 3, slug: 'service-web', text: 'web' },
	]);
});

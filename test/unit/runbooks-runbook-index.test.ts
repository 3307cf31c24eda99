import { expect, test } from 'vitest';
import {
	levelCounts,
	levelPath,
	listsEveryRunbook,
	pageParam,
	paginate,
	reviewPath,
	RUNBOOKS_PER_PAGE,
	runbooksForLevel,
	runbooksForService,
	serviceCounts,
	servicePath,
	type IndexedRunbook,
} from '../../src/lib/runbooks/runbook-index.ts';

const runbook = (id: string, services: string[], severities: string[]): IndexedRunbook => ({
	id: `runbooks/${id}`,
	data: {
		title: id,
		services,
		severities: severities.map((level) => ({ collection: 'severities', id: level })),
	},
});
const runbooks = [
	runbook('a', ['web', 'api'], ['sev2', 'sev1']),
	runbook('b', ['api'], ['sev1']),
	runbook('c', ['postgres', 'api'], ['sev3', 'sev2']),
];

test('services A–Z, each with how many runbooks concern it', () => {
	expect(serviceCounts(runbooks)).toEqual([
		{ service: 'api', count: 3 },
		{ service: 'postgres', count: 1 },
		{ service: 'web', count: 1 },
	]);
	expect(runbooksForService(runbooks, 'web').map((r) => r.id)).toEqual(['runbooks/a']);
});

test('a level lists the runbooks usually at it first, then those sometimes at it', () => {
	expect(runbooksForLevel(runbooks, 'sev1').map((r) => r.id)).toEqual(['runbooks/b', 'runbooks/a']);
	expect(levelCounts(runbooks, ['sev1', 'sev2', 'sev3', 'sev4'])).toEqual([
		{ level: 'sev1', usually: 1, count: 2 },
		{ level: 'sev2', usually: 1, count: 2 },
		{ level: 'sev3', usually: 1, count: 1 },
		{ level: 'sev4', usually: 0, count: 0 },
	]);
});

test('long lists split into pages, every item on exactly one, none longer than the bound', () => {
	const items = Array.from({ length: 2 * RUNBOOKS_PER_PAGE + 1 }, (_, n) => n);
	const pages = paginate(items);
	expect(pages.map((page) => [page.page, page.pages, page.items.length])).toEqual([
		[1, 3, RUNBOOKS_PER_PAGE],
		[2, 3, RUNBOOKS_PER_PAGE],
		[3, 3, 1],
	]);
	expect(pages.flatMap((page) => page.items)).toEqual(items);
	expect(paginate([])).toEqual([{ items: [], page: 1, pages: 1 }]);
});

test('the first page of a list is at its own path, the others numbered', () => {
	expect(servicePath('api')).toBe('/runbooks/service/api/');
	expect(servicePath('api', 2)).toBe('/runbooks/service/api/2/');
	expect(levelPath('sev1', 1)).toBe('/runbooks/level/sev1/');
	expect(reviewPath()).toBe('/review/');
	expect(reviewPath(3)).toBe('/review/3/');
	expect(levelPath('sev1', 3)).toBe('/runbooks/level/sev1/3/');
	expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
});

test('the index lists every runbook only while they fit on one page', () => {
	expect(listsEveryRunbook(RUNBOOKS_PER_PAGE)).toBe(true);
	expect(listsEveryRunbook(RUNBOOKS_PER_PAGE + 1)).toBe(false);
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import {
	FILLER_ISLAND_BYTES,
	ISLAND_BUDGETS,
	READING_PAGE_ISLAND_BYTES,
} from '../../scripts/lib/budgets.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { HANDBOOK_FIXTURE, loadContent } from '../support/content.ts';

const distDir = inject('distDir');

test('runbook pages ship no island JavaScript', () => {
	// The runbooks themselves, not the index's service and level listings beside them.
	const runbooks = loadContent(HANDBOOK_FIXTURE).runbooks;
	expect(runbooks.length).toBeGreaterThan(0);
	for (const { id } of runbooks) {
		expect(pageWeight(distDir, `/${id}/`).islandJsGzip, id).toBe(READING_PAGE_ISLAND_BYTES);
	}
});

test.each(ISLAND_BUDGETS)(
	'$page: island JavaScript, Preact included, stays within its budget',
	(budget) => {
		const weight = pageWeight(distDir, budget.page);
		expect(weight.islandJsGzip).toBeGreaterThan(3 * 1024); // it really is counted
		expect(weight.islandJsGzip).toBeLessThanOrEqual(budget.ceilingBytes);
	},
);

test(`every template filler’s island JavaScript, Preact and the template engine included, is at most ${FILLER_ISLAND_BYTES / 1024} KB gzip`, () => {
	const fillers = readdirSync(join(distDir, 'tools/templates'), { withFileTypes: true }).filter(
		(entry) => entry.isDirectory(),
	);
	expect(fillers.length).toBeGreaterThan(0);
	for (const filler of fillers) {
		const weight = pageWeight(distDir, `/tools/templates/${filler.name}/`);
		expect(weight.islandJsGzip, filler.name).toBeGreaterThan(3 * 1024);
		expect(weight.islandJsGzip, filler.name).toBeLessThanOrEqual(FILLER_ISLAND_BYTES);
	}
});

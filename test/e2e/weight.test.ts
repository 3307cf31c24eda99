import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { ISLAND_BUDGETS, READING_PAGE_ISLAND_BYTES } from '../../scripts/lib/budgets.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const distDir = inject('distDir');

test('runbook pages ship no island JavaScript', () => {
	const runbooks = readdirSync(join(distDir, 'runbooks'), { withFileTypes: true }).filter((entry) =>
		entry.isDirectory(),
	);
	expect(runbooks.length).toBeGreaterThan(0);
	for (const runbook of runbooks) {
		expect(pageWeight(distDir, `/runbooks/${runbook.name}/`).islandJsGzip, runbook.name).toBe(
			READING_PAGE_ISLAND_BYTES,
		);
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

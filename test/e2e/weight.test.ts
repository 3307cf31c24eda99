import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const distDir = inject('distDir');

test('runbook pages ship no island JavaScript', () => {
	const runbooks = readdirSync(join(distDir, 'runbooks'), { withFileTypes: true }).filter((entry) =>
		entry.isDirectory(),
	);
	expect(runbooks.length).toBeGreaterThanOrEqual(18);
	for (const runbook of runbooks) {
		expect(pageWeight(distDir, `/runbooks/${runbook.name}/`).islandJsGzip, runbook.name).toBe(0);
	}
});

test('the severity calculator’s island JavaScript, Preact included, is at most 15 KB gzip', () => {
	const weight = pageWeight(distDir, '/tools/severity/');
	expect(weight.islandJsGzip).toBeGreaterThan(3 * 1024); // it really is counted
	expect(weight.islandJsGzip).toBeLessThanOrEqual(15 * 1024);
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { computeSeverity } from '../../src/lib/severity/compute-severity.ts';
import { loadContent } from '../support/content.ts';

describe.each(inject('handbooks'))('$name', ({ contentDir, distDir }) => {
	const { severities, model } = loadContent(contentDir);

	test('every level’s examples give that level in the calculator', () => {
		const disagreements = severities.flatMap(({ id, data }) =>
			data.examples
				.filter((example) => Object.keys(example.answers).length)
				.flatMap((example) => {
					const level = computeSeverity(model, example.answers).level;
					return level === id ? [] : [`${data.label} example “${example.text}” gives ${level}`];
				}),
		);
		expect(disagreements).toEqual([]);
	});

	// Only where the handbook has a matrix page (`<SeverityMatrix />`): not every one does.
	const matrix = join(distDir, 'process/severity-matrix/index.html');
	test.runIf(existsSync(matrix))(
		'every row of the rendered severity matrix agrees with the calculator',
		() => {
			const html = readFileSync(matrix, 'utf8');
			const rows = [
				...html.matchAll(/<tr data-rule="([^"]+)" data-level="([^"]+)" data-answers="([^"]+)"/g),
			];
			expect(rows.length).toBe(model.rules.length);
			for (const [, rule, expected, answers] of rows) {
				const parsed = JSON.parse(answers!.replaceAll('&quot;', '"')) as Record<string, string>;
				expect(computeSeverity(model, parsed).level, `row ${rule}`).toBe(expected);
			}
		},
	);
});

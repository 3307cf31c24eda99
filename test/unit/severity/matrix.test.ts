import { describe, expect, test } from 'vitest';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { severityMatrix } from '../../../src/lib/severity/matrix.ts';
import { loadContent } from '../../support/content.ts';

const { model, assessment } = loadContent();
const matrix = severityMatrix(model, assessment.matrix);

describe('the severity matrix', () => {
	test('has the configured columns and puts every rule in a row or an override', () => {
		// The configured questions, in the order they are asked.
		expect(matrix.columns.map((column) => column.id)).toEqual(
			model.questions.map((question) => question.id).filter((id) => assessment.matrix.includes(id)),
		);
		expect(matrix.columns).toHaveLength(assessment.matrix.length);
		expect(matrix.rows.length + matrix.overrides.length).toBe(model.rules.length);
	});

	test('shows "or worse" for a list of answers and "Any" where a rule does not ask', () => {
		const row = matrix.rows.find((r) => r.rule.id === 'degraded-widespread-long')!;
		expect(row.cells).toEqual({
			impact: 'A non-critical feature is down or worse',
			users: 'A quarter to a half or worse',
			duration: '2 to 4 hours or worse',
		});
		expect(matrix.rows.find((r) => r.rule.id === 'complete-outage')!.cells.users).toBe('Any');
	});

	test.each([...matrix.rows, ...matrix.overrides].map((row) => [row.rule.id, row] as const))(
		'row %s agrees with the calculator at its boundary',
		(_id, row) => {
			expect(computeSeverity(model, row.boundary).level).toBe(row.rule.level);
		},
	);
});

import { describe, expect, test } from 'vitest';
import { severityMatrix } from '../../../src/lib/severity/matrix.ts';
import {
	levelsAtAGlance,
	postmortemDeadlines,
	quickReference,
	updateCadence,
	type LevelTable,
	type LevelTableCell,
} from '../../../src/lib/views/level-table.ts';
import { matrixTables } from '../../../src/lib/views/matrix-tables.ts';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/astro-build.ts';
import { FIXTURE_P0_P3, loadContent } from '../../support/content.ts';

const { severities, model, assessment } = loadContent(FIXTURE_P0_P3);

/** What a cell shows, as the tests read it: a level by its id, text as it is. */
const shown = (cell: LevelTableCell) =>
	cell.kind === 'level' ? `[${cell.level.id}]` : cell.kind === 'text' ? cell.text : cell.conditions;
const grid = (table: LevelTable) => table.rows.map((row) => row.cells.map(shown));

describe('tables with a row per level', () => {
	const tables = {
		levelsAtAGlance: levelsAtAGlance(severities),
		quickReference: quickReference(severities, undefined),
		updateCadence: updateCadence(severities),
		postmortemDeadlines: postmortemDeadlines(severities),
	};

	test.each(Object.entries(tables))(
		'%s: one row per level, most severe first, led by its badge, a cell per column',
		(_name, table) => {
			expect(table.rows.map((row) => shown(row.cells[0]!))).toEqual([
				'[p0]',
				'[p1]',
				'[p2]',
				'[p3]',
			]);
			for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
			expect(table.columns[0]!.label).toBe('Level');
		},
	);

	test('the levels at a glance link each badge to its section and show the other names', () => {
		const key = tables.levelsAtAGlance.rows[0]!.cells[0]!;
		expect(key).toMatchObject({ kind: 'level', href: '#p0', showAliases: true });
	});

	test('the quick reference links to the levels page only when given a way to', () => {
		expect(tables.quickReference.rows[0]!.cells[0]).toMatchObject({ href: undefined });
		const linked = quickReference(severities, (id) => `/process/severity-levels/#${id}`);
		expect(linked.rows[3]!.cells[0]).toMatchObject({ href: '/process/severity-levels/#p3' });
	});

	test('the fixture’s facts, in the words of level-facts', () => {
		expect(grid(tables.quickReference)[0]).toEqual([
			'[p0]',
			'Service completely down, data loss, or a security breach.',
			'5 min',
			'every 20 min',
		]);
		expect(grid(tables.updateCadence)[3]).toEqual([
			'[p3]',
			'no scheduled updates',
			'no scheduled updates',
			'no scheduled updates',
			'No',
		]);
		expect(tables.updateCadence.columns.slice(1, 4)).toEqual([
			{ label: 'investigating', class: 'fb-state' },
			{ label: 'identified', class: 'fb-state' },
			{ label: 'monitoring', class: 'fb-state' },
		]);
		expect(grid(tables.postmortemDeadlines)[0]).toEqual([
			'[p0]',
			'Required',
			'Within 2 days of resolution',
		]);
		expect(grid(tables.postmortemDeadlines)[3]).toEqual(['[p3]', 'Optional', 'No deadline']);
	});
});

describe('the severity matrix’s tables', () => {
	const matrix = severityMatrix(model, assessment.matrix);
	const tables = matrixTables(matrix, model.questions, severities);

	test('every rule is a row of the matrix or of the overrides, carrying what the page tests read', () => {
		const rows = [...tables.matrix.rows, ...tables.overrides.rows];
		expect(rows.map((row) => row.attributes?.['data-rule']).sort()).toEqual(
			model.rules.map((rule) => rule.id).sort(),
		);
		for (const [index, row] of matrix.rows.entries()) {
			expect(tables.matrix.rows[index]!.attributes).toEqual({
				'data-rule': row.rule.id,
				'data-level': row.rule.level,
				'data-answers': JSON.stringify(row.boundary),
			});
		}
	});

	test('a matrix row shows each matrix question, then the level, then why', () => {
		expect(tables.matrix.columns.map((column) => column.label)).toEqual([
			...matrix.columns.map((column) => column.label),
			'Severity',
			'Why',
		]);
		const [first] = matrix.rows;
		expect(grid(tables.matrix)[0]).toEqual([
			...matrix.columns.map((column) => first!.cells[column.id]),
			`[${first!.rule.level}]`,
			first!.rule.reason,
		]);
	});

	test('an override names its questions by their labels', () => {
		const [override] = matrix.overrides;
		const label = (id: string) => model.questions.find((question) => question.id === id)!.label;
		expect(tables.overrides.rows[0]!.cells[0]).toEqual({
			kind: 'conditions',
			conditions: Object.entries(override!.cells).map(([id, text]) => [label(id), text]),
		});
	});

	test('there is no ceilings table without ceilings', () => {
		expect(matrix.ceilings).toEqual([]);
		expect(tables.ceilings).toBeUndefined();
	});
});

test('a ceiling’s row: when, unless, at most which level, why', () => {
	const seed = loadContent(join(PROJECT_ROOT, 'test/fixtures/scheme-seed-003'));
	const matrix = severityMatrix(seed.model, seed.assessment.matrix);
	const ceilings = matrixTables(matrix, seed.model.questions, seed.severities).ceilings!;
	expect(ceilings.columns.map((column) => column.label)).toEqual([
		'When',
		'Unless',
		'At most',
		'Why',
	]);
	expect(ceilings.rows).toHaveLength(matrix.ceilings.length);
	const [first] = matrix.ceilings;
	expect(ceilings.rows[0]).toEqual({
		attributes: { 'data-ceiling': first!.ceiling.id },
		cells: [
			{ kind: 'conditions', conditions: first!.when },
			{ kind: 'conditions', conditions: first!.unless },
			expect.objectContaining({
				kind: 'level',
				level: expect.objectContaining({ id: first!.ceiling.level }),
			}),
			{ kind: 'text', text: first!.ceiling.reason },
		],
	});
});

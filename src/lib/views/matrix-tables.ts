// The severity matrix page's three tables as data for the one level-table component
// (src/components/parts/LevelTable.astro): the matrix itself, the overrides and the ceilings. Each
// rule's row carries its boundary answers, so a test can prove the calculator agrees with it.
import type { AssessmentModel } from '../severity/model.ts';
import type { MatrixRow, SeverityMatrix } from '../severity/matrix.ts';
import {
	levelCell,
	text,
	type BadgeLevel,
	type LevelTable,
	type LevelTableRow,
} from './level-table.ts';

export interface MatrixTables {
	matrix: LevelTable;
	overrides: LevelTable;
	/** Absent where the assessment has no ceilings. */
	ceilings: LevelTable | undefined;
}

export function matrixTables(
	matrix: SeverityMatrix,
	questions: AssessmentModel['questions'],
	levels: readonly BadgeLevel[],
): MatrixTables {
	const badge = (id: string) =>
		levelCell(
			levels.find((level) => level.id === id)!,
			false,
		);
	const questionLabel = (id: string) => questions.find((question) => question.id === id)!.label;
	const ruleRow = (
		{ rule, boundary }: MatrixRow,
		cells: LevelTableRow['cells'],
	): LevelTableRow => ({
		attributes: {
			'data-rule': rule.id,
			'data-level': rule.level,
			'data-answers': JSON.stringify(boundary),
		},
		cells: [...cells, badge(rule.level), text(rule.reason)],
	});
	return {
		matrix: {
			caption: 'Severity matrix: the most severe matching row wins',
			captionHidden: false,
			class: 'fb-matrix',
			columns: [
				...matrix.columns.map((column) => ({ label: column.label })),
				{ label: 'Severity' },
				{ label: 'Why' },
			],
			rows: matrix.rows.map((row) =>
				ruleRow(
					row,
					matrix.columns.map((column) => text(row.cells[column.id] ?? '')),
				),
			),
		},
		overrides: {
			caption: 'Overrides',
			captionHidden: true,
			class: 'fb-matrix',
			columns: [{ label: 'When' }, { label: 'Severity' }, { label: 'Why' }],
			rows: matrix.overrides.map((row) =>
				ruleRow(row, [
					{
						kind: 'conditions',
						conditions: Object.entries(row.cells).map(([id, cell]) => [questionLabel(id), cell]),
					},
				]),
			),
		},
		ceilings: matrix.ceilings.length
			? {
					caption: 'Ceilings',
					captionHidden: true,
					class: 'fb-matrix',
					columns: [{ label: 'When' }, { label: 'Unless' }, { label: 'At most' }, { label: 'Why' }],
					rows: matrix.ceilings.map(({ ceiling, when, unless }) => ({
						attributes: { 'data-ceiling': ceiling.id },
						cells: [
							{ kind: 'conditions', conditions: when },
							{ kind: 'conditions', conditions: unless },
							badge(ceiling.level),
							text(ceiling.reason),
						],
					})),
				}
			: undefined,
	};
}

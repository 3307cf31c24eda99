import type { AssessmentModel, CeilingModel, RuleModel } from './model.ts';
import { describeCondition, describeLesserCondition } from './rule-shape.ts';

export interface MatrixRow {
	rule: RuleModel;
	/** Matrix question id → what the row shows, e.g. "A quarter to a half or worse", or "Any". */
	cells: Record<string, string>;
	/**
	 * The least severe answers the row covers. The calculator must give exactly the row's level
	 * for them: the matrix and the calculator are checked against each other with these.
	 */
	boundary: Record<string, string>;
}

export interface SeverityMatrix {
	columns: AssessmentModel['questions'];
	/** Rules over the matrix questions only, most severe level first (then in file order). */
	rows: MatrixRow[];
	/** Rules that involve any other question: they apply whatever the matrix says. */
	overrides: MatrixRow[];
	/** Caps on the level, with their conditions and what lifts them, as the page shows them. */
	ceilings: CeilingRow[];
}

export interface CeilingRow {
	ceiling: CeilingModel;
	/** Question label → condition text. */
	when: [string, string][];
	unless: [string, string][];
}

function toCeilingRow(ceiling: CeilingModel, model: AssessmentModel): CeilingRow {
	const conditions = (
		when: Record<string, string[]>,
		describe: typeof describeCondition,
	): [string, string][] =>
		model.questions
			.filter((question) => when[question.id])
			.map((question) => [question.label, describe(question, when[question.id]!)]);
	return {
		ceiling,
		when: conditions(ceiling.when, describeLesserCondition),
		unless: conditions(ceiling.unless, describeCondition),
	};
}

function toRow(
	rule: RuleModel,
	model: AssessmentModel,
	columns: AssessmentModel['questions'],
): MatrixRow {
	const cells: Record<string, string> = {};
	const boundary: Record<string, string> = {};
	for (const question of model.questions) {
		const listed = rule.when[question.id];
		if (listed) {
			boundary[question.id] = question.options
				.filter((option) => listed.includes(option.id))
				.at(-1)!.id;
			cells[question.id] = describeCondition(question, listed);
		} else if (columns.includes(question)) {
			cells[question.id] = 'Any';
		}
	}
	return { rule, cells, boundary };
}

/** The decision matrix page's content, from the same rules the calculator runs. */
export function severityMatrix(
	model: AssessmentModel,
	matrixQuestionIds: readonly string[],
): SeverityMatrix {
	const columns = model.questions.filter((question) => matrixQuestionIds.includes(question.id));
	const rank = new Map(model.levels.map((level) => [level.id, level.rank]));
	const ordered = model.rules
		.map((rule, index) => ({ rule, index }))
		.sort(
			(a, b) =>
				(rank.get(a.rule.level) ?? 99) - (rank.get(b.rule.level) ?? 99) || a.index - b.index,
		)
		.map(({ rule }) => rule);
	const inMatrix = (rule: RuleModel) =>
		Object.keys(rule.when).every((id) => matrixQuestionIds.includes(id));
	return {
		columns,
		rows: ordered.filter(inMatrix).map((rule) => toRow(rule, model, columns)),
		overrides: ordered.filter((rule) => !inMatrix(rule)).map((rule) => toRow(rule, model, [])),
		ceilings: model.ceilings.map((ceiling) => toCeilingRow(ceiling, model)),
	};
}

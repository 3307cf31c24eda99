import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeSeverity } from '../../../src/lib/severity/compute-severity.ts';
import { UNSURE, type Answers, type AssessmentModel } from '../../../src/lib/severity/model.ts';
import { loadContent } from '../../support/content.ts';

/**
 * Any assessment the content check accepts: 2–7 levels, rules and triggers whose lists include
 * every worse answer, ceilings whose conditions include every less severe answer and whose
 * `unless` lists include every worse one.
 */
const assessment: fc.Arbitrary<AssessmentModel> = fc
	.record({
		levelCount: fc.integer({ min: 2, max: 7 }),
		optionCounts: fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 5 }),
	})
	.chain(({ levelCount, optionCounts }) => {
		const questions = optionCounts.map((count, q) => ({
			id: `q${q}`,
			label: `Question ${q}`,
			options: Array.from({ length: count }, (_, o) => ({
				id: `q${q}o${o}`,
				label: `Option ${o}`,
			})),
			allowUnsure: true,
		}));
		const condition = fc
			.tuple(fc.integer({ min: 0, max: questions.length - 1 }), fc.integer({ min: 1, max: 5 }))
			.map(
				([q, depth]) =>
					[
						questions[q]!.id,
						questions[q]!.options.slice(0, Math.min(depth, questions[q]!.options.length)).map(
							(o) => o.id,
						),
					] as const,
			);
		// An answer and everything less severe: the shape of a ceiling's conditions.
		const lessSevere = fc
			.tuple(fc.integer({ min: 0, max: questions.length - 1 }), fc.integer({ min: 1, max: 5 }))
			.map(([q, depth]) => {
				const options = questions[q]!.options;
				return [
					questions[q]!.id,
					options.slice(Math.max(0, options.length - depth)).map((o) => o.id),
				] as const;
			});
		const rule = fc.record({
			conditions: fc.array(condition, { minLength: 1, maxLength: 3 }),
			level: fc.integer({ min: 1, max: levelCount }),
		});
		const ceiling = fc.record({
			conditions: fc.array(lessSevere, { minLength: 1, maxLength: 2 }),
			unless: fc.array(condition, { maxLength: 2 }),
			level: fc.integer({ min: 1, max: levelCount }),
		});
		return fc
			.tuple(fc.array(rule, { minLength: 1, maxLength: 10 }), fc.array(ceiling, { maxLength: 3 }))
			.map(([rules, ceilings]) => ({
				questions,
				rules: rules.map((r, index) => ({
					id: `r${index}`,
					when: Object.fromEntries(r.conditions),
					level: `l${r.level}`,
					reason: `Rule ${index}`,
				})),
				ceilings: ceilings.map((c, index) => ({
					id: `c${index}`,
					when: Object.fromEntries(c.conditions),
					unless: Object.fromEntries(c.unless),
					level: `l${c.level}`,
					reason: `Ceiling ${index}`,
				})),
				bringIn: [],
				levels: Array.from({ length: levelCount }, (_, index) => ({
					id: `l${index + 1}`,
					rank: index + 1,
				})),
			}));
	});

/** Some questions answered, with an option or "not sure". */
const answersFor = (model: AssessmentModel): fc.Arbitrary<Record<string, string>> =>
	fc
		.tuple(
			...model.questions.map((question) =>
				fc.option(fc.constantFrom(UNSURE, ...question.options.map((o) => o.id)), {
					nil: undefined,
				}),
			),
		)
		.map((picked) =>
			Object.fromEntries(
				model.questions.flatMap((question, index) =>
					picked[index] === undefined ? [] : [[question.id, picked[index]]],
				),
			),
		);

const rankOf = (model: AssessmentModel, answers: Answers) => {
	const level = computeSeverity(model, answers).level;
	return level === null ? Number.POSITIVE_INFINITY : model.levels.find((l) => l.id === level)!.rank;
};

const real = loadContent().model;
const models = fc.oneof(assessment, fc.constant(real));

describe('computeSeverity, for any valid assessment', () => {
	test('choosing a more severe option never lowers the result', () => {
		fc.assert(
			fc.property(
				models.chain((model) =>
					fc.tuple(fc.constant(model), answersFor(model), fc.nat(), fc.nat()),
				),
				([model, answers, q, step]) => {
					const question = model.questions[q % model.questions.length]!;
					const current = answers[question.id];
					if (current === undefined || current === UNSURE) return;
					const index = question.options.findIndex((o) => o.id === current);
					const worse = question.options[index - 1 - (step % Math.max(1, index))];
					if (!worse) return;
					expect(rankOf(model, { ...answers, [question.id]: worse.id })).toBeLessThanOrEqual(
						rankOf(model, answers),
					);
				},
			),
		);
	});

	test('"not sure" never gives a lower level than any answer it stands for', () => {
		fc.assert(
			fc.property(
				models.chain((model) => fc.tuple(fc.constant(model), answersFor(model), fc.nat())),
				([model, answers, q]) => {
					const question = model.questions[q % model.questions.length]!;
					const unsure = rankOf(model, { ...answers, [question.id]: UNSURE });
					for (const option of question.options) {
						expect(unsure).toBeLessThanOrEqual(
							rankOf(model, { ...answers, [question.id]: option.id }),
						);
					}
				},
			),
		);
	});

	test('the result is always a level that exists: the most severe matching rule’s, or a ceiling’s below it', () => {
		fc.assert(
			fc.property(
				models.chain((model) => fc.tuple(fc.constant(model), answersFor(model))),
				([model, answers]) => {
					const result = computeSeverity(model, answers);
					if (result.level === null) {
						expect(result.matches).toEqual([]);
						return;
					}
					expect(model.levels.map((level) => level.id)).toContain(result.level);
					const rank = (id: string) => model.levels.find((level) => level.id === id)!.rank;
					const floor = result.matches[0]!.rule.level;
					if (result.ceiling === null) expect(floor).toBe(result.level);
					else {
						expect(result.ceiling.level).toBe(result.level);
						expect(rank(result.level)).toBeGreaterThan(rank(floor));
					}
				},
			),
		);
	});
});

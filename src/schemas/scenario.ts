import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';

/**
 * A practice scenario for the severity calculator's training mode, stored as
 * `src/content/scenarios/<id>.yaml`. Tests prove the calculator gives `expected` for `answers`.
 */
export const scenarioSchema = (reference: ReferenceFactory) =>
	z
		.object({
			title: z.string().min(1).describe('A short name, e.g. `Friday afternoon deploy`.'),
			story: z
				.string()
				.min(1)
				.describe('What the trainee is told: what they see, in the order they see it.'),
			expected: reference('severities').describe(
				'The severity id the story should get, e.g. `sev2`.',
			),
			answers: z
				.record(z.string(), z.string())
				.refine((answers) => Object.keys(answers).length > 0, 'List at least one answer.')
				.describe('The reference answers for the story: question id → option id.'),
			debrief: z
				.string()
				.min(1)
				.describe('Why this level, and what a trainee commonly gets wrong.'),
		})
		.strict();

export type ScenarioData = z.output<ReturnType<typeof scenarioSchema>>;

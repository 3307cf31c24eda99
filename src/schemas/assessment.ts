import { z } from 'astro/zod';
import { Slug } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

const Option = z
	.object({
		id: Slug.describe('The option’s id, used by rules and in shared links, e.g. `over-50`.'),
		label: z.string().min(1).describe('The answer as the reader sees it.'),
	})
	.strict();

const Question = z
	.object({
		id: Slug.describe('The question’s id, used by rules and in shared links, e.g. `users`.'),
		label: z.string().min(1).describe('The question as the reader sees it.'),
		help: z.string().optional().describe('A hint shown under the question.'),
		/**
		 * Options from the most severe to the least. The order matters: it is how "not sure"
		 * and the matrix know which answer is worse.
		 */
		options: z.array(Option).min(2).describe('Answers from the most severe to the least severe.'),
		/** Offer "Not sure", which counts as every option it could be, so the level rounds up. */
		allowUnsure: z
			.boolean()
			.default(true)
			.describe('Offer a “Not sure” answer that rounds the level up.'),
	})
	.strict();

const Rule = (reference: ReferenceFactory) =>
	z
		.object({
			id: Slug.describe('The rule’s id, e.g. `complete-outage`.'),
			/** Every listed question must have one of the listed answers (AND across, OR within). */
			when: z
				.record(z.string(), z.array(z.string()).min(1))
				.refine((when) => Object.keys(when).length > 0, 'A rule needs at least one condition.')
				.describe('Question id → the option ids that match, e.g. `{ impact: [full-outage] }`.'),
			level: reference('severities').describe('The severity id this rule gives, e.g. `sev1`.'),
			reason: z.string().min(1).describe('Why, in a sentence the reader will see.'),
		})
		.strict();

const Conditions = z
	.record(z.string(), z.array(z.string()).min(1))
	.describe('Question id → the option ids that match, e.g. `{ users: [under-10] }`.');

/**
 * A ceiling: when its conditions hold, the level is at most this one, whatever the rules say
 * (seed 003: "affecting fewer than 10 % of users → SEV3"), unless one of `unless` holds.
 */
const Ceiling = (reference: ReferenceFactory) =>
	z
		.object({
			id: Slug.describe('The ceiling’s id, e.g. `few-users`.'),
			/** AND across questions, OR within; an answer and every less severe one. */
			when: Conditions.refine(
				(when) => Object.keys(when).length > 0,
				'A ceiling needs at least one condition.',
			).describe(
				'Question id → the option ids that cap the level; list an answer and every less severe one, e.g. `{ users: [under-10] }`.',
			),
			/** Any one of these lifts the ceiling: an answer and every worse one. */
			unless: Conditions.default({}).describe(
				'Question id → option ids, any of which lifts the ceiling; list an answer and every worse one, e.g. `{ security: [confirmed, suspected] }`.',
			),
			level: reference('severities').describe('The most severe level allowed, e.g. `sev3`.'),
			reason: z.string().min(1).describe('Why, in a sentence the reader will see.'),
		})
		.strict();

/**
 * People brought in because of what is true, not how long it has lasted (seed 000: a security
 * incident brings in the engineering lead, a confirmed breach the CTO, exposed data the CEO).
 */
const BringIn = (reference: ReferenceFactory) =>
	z
		.object({
			id: Slug.describe('An id for this trigger, e.g. `breach-cto`.'),
			when: Conditions.refine(
				(when) => Object.keys(when).length > 0,
				'A trigger needs at least one condition.',
			).describe(
				'Question id → the option ids that bring these people in; list an answer and every worse one.',
			),
			roles: z
				.array(reference('roles'))
				.min(1)
				.describe('Role ids to bring in at once, in order, e.g. `[cto]`.'),
			reason: z.string().min(1).describe('Why, in a sentence the reader will see.'),
		})
		.strict();

/**
 * The severity assessment, stored as `src/content/assessment.yaml`: the questions the calculator
 * asks and the rules that turn answers into a level. The matrix page renders the same rules.
 */
export const assessmentSchema = (reference: ReferenceFactory) =>
	z
		.object({
			questions: z.array(Question).min(1).describe('The questions, in the order they are asked.'),
			rules: z
				.array(Rule(reference))
				.min(1)
				.describe('Rules: the most severe matching rule sets the level.'),
			ceilings: z
				.array(Ceiling(reference))
				.default([])
				.describe(
					'Caps: when their conditions hold (and none of `unless`), the level is at most theirs.',
				),
			bringIn: z
				.array(BringIn(reference))
				.default([])
				.describe('People brought in at declaration because of what is true, whatever the level.'),
			/** Which questions are the matrix's columns; the rest are shown as overrides. */
			matrix: z
				.array(z.string())
				.default([])
				.describe(
					'Question ids whose combinations the matrix page shows as columns, e.g. `[impact, users, duration]`.',
				),
		})
		.strict();

export type AssessmentData = z.output<ReturnType<typeof assessmentSchema>>;
export type QuestionData = AssessmentData['questions'][number];
export type RuleData = AssessmentData['rules'][number];
export type CeilingData = AssessmentData['ceilings'][number];
export type BringInData = AssessmentData['bringIn'][number];

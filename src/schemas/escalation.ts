import { z } from 'astro/zod';
import { Minutes } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

const Step = (reference: ReferenceFactory) =>
	z
		.object({
			/** Minutes after the incident starts (or the alert fires) at which this step begins. */
			afterMinutes: Minutes.describe(
				'Minutes after the start at which this step begins; the first step is usually `0`.',
			),
			/** Who is engaged at this step. */
			targets: z
				.array(reference('roles'))
				.min(1)
				.describe('Role ids engaged at this step, e.g. `[secondary-oncall]`.'),
			/** Why this step exists, shown beside it. */
			note: z.string().optional().describe('Why this step exists, shown beside it.'),
		})
		.strict();

/**
 * An escalation policy, stored as `src/content/escalation/<id>.yaml`.
 *
 * Two clocks run while an incident is open: the paging chain (`steps`) stops as soon as someone
 * acknowledges; the unresolved chain (`whileUnresolved`) keeps going until the incident is resolved.
 */
export const escalationSchema = (reference: ReferenceFactory) =>
	z
		.object({
			name: z.string().min(1).describe('A name for the policy, e.g. `SEV1 paging`.'),
			description: z.string().optional().describe('When this policy is used.'),
			/** High urgency pages around the clock; low urgency notifies during working hours. */
			urgency: z
				.enum(['high', 'low'])
				.describe('`high` pages at any hour; `low` notifies during working hours.'),
			steps: z
				.array(Step(reference))
				.min(1)
				.describe(
					'The paging chain in order; it stops when someone acknowledges. Steps with the same `afterMinutes` are engaged at once, in the order listed.',
				),
			/** How many times the whole chain runs again if nobody acknowledges (PagerDuty allows 0–9). */
			repeat: z
				.number()
				.int()
				.min(0)
				.max(9)
				.default(0)
				.describe('Times the chain repeats if nobody acknowledges, `0` to `9`.'),
			/**
			 * How long one pass of the chain lasts when it repeats: this many minutes after a pass
			 * begins, if nobody has acknowledged, the chain begins again at its first step. Required
			 * with `repeat`, because the last step has no end of its own (PagerDuty calls this the
			 * last rule's escalation timeout).
			 */
			repeatAfterMinutes: Minutes.positive()
				.optional()
				.describe(
					'With `repeat`: minutes after a pass of the chain begins at which it starts again from the first step, e.g. `45`; must be later than the last step.',
				),
			whileUnresolved: z
				.array(Step(reference))
				.default([])
				.describe(
					'Who is brought in as the incident stays unresolved, e.g. engineering lead after 30 minutes.',
				),
		})
		.strict()
		.superRefine((policy, ctx) => {
			const last = policy.steps.at(-1)?.afterMinutes ?? 0;
			if (policy.repeat > 0 && policy.repeatAfterMinutes === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['repeatAfterMinutes'],
					message: `\`repeat\` is ${policy.repeat}, so the chain needs to know when a pass ends: add \`repeatAfterMinutes\` (later than the last step's ${last}), or set \`repeat: 0\`.`,
				});
			}
			if (policy.repeatAfterMinutes !== undefined && policy.repeatAfterMinutes <= last) {
				ctx.addIssue({
					code: 'custom',
					path: ['repeatAfterMinutes'],
					message: `A pass must end after its last step: ${policy.repeatAfterMinutes} is not later than ${last}.`,
				});
			}
			for (const key of ['steps', 'whileUnresolved'] as const) {
				policy[key].forEach((step, index) => {
					const previous = policy[key][index - 1];
					// Equal minutes are allowed: steps at the same minute are engaged together, in the
					// order listed (on-call → team lead → CTO, at once).
					if (previous && step.afterMinutes < previous.afterMinutes) {
						ctx.addIssue({
							code: 'custom',
							path: [key, index, 'afterMinutes'],
							message: `Steps must be in time order: ${step.afterMinutes} is before the previous step’s ${previous.afterMinutes}.`,
						});
					}
				});
			}
		});

export type EscalationData = z.output<ReturnType<typeof escalationSchema>>;

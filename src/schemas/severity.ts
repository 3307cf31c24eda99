import { z } from 'astro/zod';
import { Minutes } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/**
 * The status-page states an incident moves through while it is open, in order.
 * `resolved` is not here: no updates are due once an incident is resolved.
 */
export const STATUS_STATES = ['investigating', 'identified', 'monitoring'] as const;
export type StatusState = (typeof STATUS_STATES)[number];

const UpdateCadence = z
	.object({
		investigating: Minutes.positive()
			.nullable()
			.describe('Minutes between updates while investigating; `null` for no scheduled updates.'),
		identified: Minutes.positive()
			.nullable()
			.describe('Minutes between updates once the cause is identified; `null` for none.'),
		monitoring: Minutes.positive()
			.nullable()
			.describe('Minutes between updates while monitoring a fix; `null` for none.'),
	})
	.strict()
	.describe('How often to post a status update, per status-page state, in minutes.');

/**
 * Kinds of opened item the tools know how to fill in: the incident channel gets its name from the
 * settings' pattern, the status page its address. Anything else an organisation opens (a bridge,
 * a Slack thread, an executive liaison, a ticket) needs no kind: its text says it all.
 */
export const OPENED_KINDS = ['incident-channel', 'status-page'] as const;

const Opened = z
	.object({
		text: z
			.string()
			.min(1)
			.describe('What is opened, as readers should see it, e.g. `A call bridge` or `A ticket`.'),
		kind: z
			.enum(OPENED_KINDS)
			.optional()
			.describe(
				'`incident-channel` adds the channel name from settings; `status-page` adds the status page address and marks the level as public. Leave out for anything else.',
			),
	})
	.strict();

/** One level of the organisation's severity scale, stored as `src/content/severities/<id>.yaml`. */
export const severitySchema = (reference: ReferenceFactory) =>
	z
		.object({
			/**
			 * The name everyone says out loud.
			 * @example SEV1
			 */
			label: z.string().min(1).describe('The short name everyone uses, e.g. `SEV1` or `P0`.'),
			/**
			 * Other names for this level, so "P0" finds SEV1.
			 * @example ["P0", "Critical"]
			 */
			aliases: z
				.array(z.string().min(1))
				.default([])
				.describe('Other names for this level, e.g. `[P0, Critical]`.'),
			/** A one-word name. @example Critical */
			name: z.string().min(1).describe('A one-word name, e.g. `Critical`.'),
			/** 1 is the most severe; ranks run 1, 2, 3… without gaps. */
			rank: z
				.number()
				.int()
				.min(1)
				.max(7)
				.describe('Position on the scale: 1 is the most severe; ranks run 1, 2, 3… without gaps.'),
			/** Colour of the badge. Never the only cue: the label is always shown with it. */
			color: z
				.string()
				.regex(/^#[0-9a-fA-F]{6}$/, 'Use a six-digit hex colour such as `#b91c1c`.')
				.describe('Badge colour as `#rrggbb`; always shown next to the label, never alone.'),
			/** One line for tables and badges' titles. */
			summary: z.string().min(1).describe('One line: what this level means.'),
			/** The full definition: when this level applies. */
			definition: z.string().min(1).describe('A paragraph: when this level applies.'),
			/**
			 * Typical incidents at this level. `answers` describe the example in the assessment's
			 * terms (question id → option id), so tests can prove the calculator agrees.
			 */
			examples: z
				.array(
					z
						.object({
							text: z.string().min(1).describe('The example as a reader would describe it.'),
							answers: z
								.record(z.string(), z.string())
								.default({})
								.describe('The example in the assessment’s terms: question id → option id.'),
						})
						.strict(),
				)
				.default([])
				.describe('Typical incidents at this level.'),
			/** Minutes within which someone must be actively working on it; `null` sets no target. */
			responseMinutes: Minutes.positive()
				.nullable()
				.describe(
					'Minutes within which a responder must be working on it, e.g. `15`; `null` where you set no response target (a ticket scheduled like other work).',
				),
			/** When responders are expected to work on it. */
			coverage: z
				.enum(['24/7', 'business-hours'])
				.describe('When responders work on it: `24/7` or `business-hours`.'),
			updateEveryMinutes: UpdateCadence,
			/** Who is told when an incident is declared at this level. */
			notify: z
				.array(reference('roles'))
				.default([])
				.describe('Role ids to notify when declared, e.g. `[incident-commander, cto]`.'),
			/**
			 * What is opened when an incident is declared at this level, in the organisation's own
			 * words and order. Two kinds the tools can fill in are marked with `kind`.
			 */
			opens: z
				.array(Opened)
				.default([])
				.describe(
					'What is opened when an incident is declared at this level, in your words, e.g. `- text: A call bridge`; `[]` for nothing.',
				),
			postmortem: z
				.object({
					required: z.boolean().describe('Whether a written post-mortem is required.'),
					dueHours: Minutes.positive()
						.nullable()
						.describe(
							'Hours after resolution by which the post-mortem draft is due; `null` for no deadline.',
						),
				})
				.strict()
				.describe('The post-mortem requirement.'),
			/** The escalation policy that pages responders for this level; `null`: nobody is paged. */
			escalation: reference('escalation')
				.nullable()
				.describe(
					'Id of the escalation policy for this level, e.g. `sev1`; `null` if this level pages nobody (a ticket only).',
				),
		})
		.strict();

export type SeverityData = z.output<ReturnType<typeof severitySchema>>;

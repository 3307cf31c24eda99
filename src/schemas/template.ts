import { z } from 'astro/zod';

/** Incident facts a field can be prefilled from when a template is opened from the incident clock. */
export const INCIDENT_BINDINGS = [
	'title',
	'severity',
	'status',
	'startedAt',
	'resolvedAt',
	'duration',
	'timeToAcknowledge',
	'timeToMitigate',
	'channel',
	'nextUpdateAt',
	'timeline',
	'runbook',
] as const;

/** A binding to whoever holds an incident role in the clock, e.g. `role:incident-commander`. */
export const ROLE_BINDING = /^role:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a field can be bound to. Bound fields are prefilled from the incident clock; some are also
 * computed from the form itself (`duration` from the start and end fields, `nextUpdateAt` from the
 * level's cadence for the chosen status, `channel` from the settings' pattern).
 */
const Binding = z.union([
	z.enum(INCIDENT_BINDINGS),
	z.string().regex(ROLE_BINDING, 'Use an incident fact or `role:<role id>`.'),
]);

const Field = z
	.object({
		id: z
			.string()
			.regex(
				/^[a-z][a-z0-9_]*$/,
				'Use lower-case letters, digits and underscores, starting with a letter, e.g. `next_update`.',
			)
			.describe('The field’s id; the body uses it as `{{id}}`.'),
		label: z.string().min(1).describe('The label shown above the input.'),
		type: z
			.enum(['text', 'longtext', 'datetime', 'select', 'level', 'list', 'table'])
			.describe(
				'`text`, `longtext`, `datetime` (shown with its date in UTC and local time), `select`, `level` (a severity level, shown with its aliases), `list` (one item per line) or `table` (rows of `columns`).',
			),
		required: z.boolean().default(false).describe('Whether the message is incomplete without it.'),
		help: z.string().optional().describe('A hint shown under the input.'),
		options: z.array(z.string().min(1)).optional().describe('Choices, for `select` fields.'),
		columns: z.array(z.string().min(1)).optional().describe('Column headings, for `table` fields.'),
		bind: Binding.optional().describe(
			`Prefill from the incident: one of ${INCIDENT_BINDINGS.join(', ')}, or \`role:<role id>\` for whoever holds that incident role.`,
		),
		default: z.string().optional().describe('Text the field starts with.'),
	})
	.strict()
	.superRefine((field, ctx) => {
		if (field.type === 'select' && !field.options?.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'A `select` field needs `options`.',
			});
		}
		if (field.type === 'table' && !field.columns?.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['columns'],
				message: 'A `table` field needs `columns`.',
			});
		}
	});

/**
 * A message template, stored as `src/content/templates/<id>.yaml`. The body is Mustache
 * (logic-less): `{{field}}`, and `{{#list}}…{{/list}}` sections for lists and tables.
 */
export const templateSchema = () =>
	z
		.object({
			title: z.string().min(1).describe('The template’s name, e.g. `Status page update`.'),
			audience: z
				.enum(['status-page', 'internal', 'customer', 'executive', 'post-mortem'])
				.describe(
					'Who reads it: `status-page`, `internal`, `customer`, `executive` or `post-mortem`.',
				),
			/** Lower numbers come first in the list of templates for the same audience. */
			order: z
				.number()
				.int()
				.default(100)
				.describe('Position among templates for the same audience; lower comes first.'),
			description: z.string().min(1).describe('When to use it.'),
			fields: z.array(Field).min(1).describe('The form’s fields, in order.'),
			/**
			 * The status-page state this message announces, for templates written for one state: the
			 * next update time is then computed from the chosen level's cadence in that state.
			 */
			status: z
				.enum(['investigating', 'identified', 'monitoring', 'resolved'])
				.optional()
				.describe(
					'The state this message announces (`investigating`, `identified`, `monitoring`, `resolved`), for templates written for one state.',
				),
			/** For emails: the subject line, as Mustache over the same fields. */
			subject: z
				.string()
				.min(1)
				.optional()
				.describe('For emails: the subject line, as Mustache using the fields’ ids.'),
			body: z.string().min(1).describe('The message as Mustache, using the fields’ ids.'),
		})
		.strict();

export type TemplateData = z.output<ReturnType<typeof templateSchema>>;
export type TemplateField = TemplateData['fields'][number];

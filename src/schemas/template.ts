import { z } from 'astro/zod';

/** Incident facts a field can be prefilled from when a template is opened from the incident clock. */
export const INCIDENT_BINDINGS = [
	'title',
	'severity',
	'status',
	'startedAt',
	'resolvedAt',
	'duration',
	'commander',
	'channel',
	'nextUpdateAt',
	'timeline',
] as const;

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
			.enum(['text', 'longtext', 'datetime', 'select', 'list', 'table'])
			.describe('`text`, `longtext`, `datetime`, `select`, `list` or `table`.'),
		required: z.boolean().default(false).describe('Whether the message is incomplete without it.'),
		help: z.string().optional().describe('A hint shown under the input.'),
		options: z.array(z.string().min(1)).optional().describe('Choices, for `select` fields.'),
		columns: z.array(z.string().min(1)).optional().describe('Column headings, for `table` fields.'),
		bind: z
			.enum(INCIDENT_BINDINGS)
			.optional()
			.describe(`Prefill from the incident: one of ${INCIDENT_BINDINGS.join(', ')}.`),
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
				.enum(['status-page', 'internal', 'customer', 'post-mortem'])
				.describe('Who reads it: `status-page`, `internal`, `customer` or `post-mortem`.'),
			description: z.string().min(1).describe('When to use it.'),
			fields: z.array(Field).min(1).describe('The form’s fields, in order.'),
			body: z.string().min(1).describe('The message as Mustache, using the fields’ ids.'),
		})
		.strict();

export type TemplateData = z.output<ReturnType<typeof templateSchema>>;
export type TemplateField = TemplateData['fields'][number];

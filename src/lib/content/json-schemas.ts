/**
 * JSON Schemas for the content files, generated from the zod schemas in `src/schemas/`, so editors
 * (VS Code and others using yaml-language-server) give completion, hover help and errors while an
 * author types. `scripts/json-schemas.ts` writes them to `schemas/`
 * (formatted by scripts/lib/json-schema-files.ts); a unit test catches drift.
 */
import { z } from 'astro/zod';
import { runbookFrontmatter } from '../../schemas/docs.ts';
import { dataSchemas } from '../../schemas/index.ts';
import { plainReference } from '../../schemas/reference.ts';
import { COLLECTION_PATHS } from './content-paths.ts';

/** Where the generated files live, relative to the repository root. */
export const JSON_SCHEMA_DIR = 'schemas';

/** One generated schema: what it describes and which files it validates. */
export interface JsonSchemaTarget {
	/** File stem: the schema is written to `schemas/<name>.schema.json`. */
	name: string;
	title: string;
	description: string;
	schema: z.ZodType;
	/** YAML files it maps onto in the editor, as globs relative to the repository root. */
	files: string[];
	/** MDX files whose frontmatter it describes (the YAML server cannot map these). */
	frontmatter?: string;
}

const content = 'src/content';
const folder = (path: string) => [`${content}/${path}/*.yaml`, `${content}/${path}/*.yml`];

/** Starlight's own fields a runbook uses, described for hover help; the rest stay allowed. */
const starlightBasics = z.object({
	title: z.string().describe('The page title, shown as its heading and in search. Required.'),
	description: z
		.string()
		.optional()
		.describe('A short description of the page, used in search results and link previews.'),
});

export function jsonSchemaTargets(): JsonSchemaTarget[] {
	const schemas = dataSchemas(plainReference);
	const paths = COLLECTION_PATHS;
	return [
		{
			name: 'severity',
			title: 'Firebreak severity level',
			description: `One level of the severity scale, stored as \`${content}/${paths.severities.path}/<id>.yaml\`.`,
			schema: schemas.severities,
			files: folder(paths.severities.path),
		},
		{
			name: 'escalation',
			title: 'Firebreak escalation policy',
			description: `An escalation policy, stored as \`${content}/${paths.escalation.path}/<id>.yaml\`.`,
			schema: schemas.escalation,
			files: folder(paths.escalation.path),
		},
		{
			name: 'role',
			title: 'Firebreak role',
			description: `An incident role or a responder, stored as \`${content}/${paths.roles.path}/<id>.yaml\`.`,
			schema: schemas.roles,
			files: folder(paths.roles.path),
		},
		{
			name: 'assessment',
			title: 'Firebreak severity assessment',
			description: `The calculator’s questions and rules, stored as \`${content}/${paths.assessment.path}\`.`,
			schema: schemas.assessment,
			files: [`${content}/${paths.assessment.path}`],
		},
		{
			name: 'alerts',
			title: 'Firebreak alerts',
			description: `Alerts monitoring can fire, each pointing at its runbook: the whole of \`${content}/${paths.alerts.path}\`, a list.`,
			schema: z.array(schemas.alerts),
			files: [`${content}/${paths.alerts.path}`],
		},
		{
			name: 'template',
			title: 'Firebreak message template',
			description: `A message template, stored as \`${content}/${paths.templates.path}/<id>.yaml\`.`,
			schema: schemas.templates,
			files: folder(paths.templates.path),
		},
		{
			name: 'scenario',
			title: 'Firebreak training scenario',
			description: `A practice scenario for the severity calculator, stored as \`${content}/${paths.scenarios.path}/<id>.yaml\`.`,
			schema: schemas.scenarios,
			files: folder(paths.scenarios.path),
		},
		{
			name: 'settings',
			title: 'Firebreak settings',
			description: `Site-wide settings, stored as \`${content}/${paths.settings.path}\`.`,
			schema: schemas.settings,
			files: [`${content}/${paths.settings.path}`],
		},
		{
			name: 'runbook',
			title: 'Firebreak runbook frontmatter',
			description:
				'The frontmatter of a runbook page (`kind: runbook`). Other Starlight frontmatter fields are allowed.',
			schema: starlightBasics.extend(runbookFrontmatter(plainReference).shape),
			files: [],
			frontmatter: `${content}/${paths.docs.path}/runbooks/*.mdx`,
		},
	];
}

/** The file a target is written to, relative to the repository root. */
export const jsonSchemaPath = (target: JsonSchemaTarget) =>
	`${JSON_SCHEMA_DIR}/${target.name}.schema.json`;

type JsonObject = Record<string, unknown>;

/**
 * The JSON Schema for one target, as an author writes the file: `io: 'input'` makes fields with
 * defaults optional, references are plain id strings, and refinements (which JSON Schema cannot
 * express) are left to the content check.
 */
export function toJsonSchema(target: JsonSchemaTarget): JsonObject {
	const generated = z.toJSONSchema(target.schema, {
		target: 'draft-07',
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const type = (zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
			// YAML has no date type authors can rely on: a date is written as `2026-11-01`.
			if (type === 'date') {
				Object.assign(jsonSchema, {
					type: 'string',
					pattern: '^\\d{4}-\\d{2}-\\d{2}([Tt ].*)?$',
				});
			}
			// `.int()` adds the safe-integer bounds; they are noise in an editor's hover.
			if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
			if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
		},
	}) as JsonObject;
	const { $schema, ...rest } = generated;
	return {
		$schema,
		$id: `${target.name}.schema.json`,
		title: target.title,
		description: target.description,
		...rest,
	};
}

/** The `yaml.schemas` mapping for `.vscode/settings.json`: schema path → the files it validates. */
export function yamlSchemaMapping(): Record<string, string[]> {
	return Object.fromEntries(
		jsonSchemaTargets()
			.filter((target) => target.files.length > 0)
			.map((target) => [`./${jsonSchemaPath(target)}`, target.files]),
	);
}

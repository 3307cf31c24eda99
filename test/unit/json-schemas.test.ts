import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../../src/readers/read-content.ts';
import {
	JSON_SCHEMA_DIR,
	jsonSchemaPath,
	jsonSchemaTargets,
	toJsonSchema,
	yamlSchemaMapping,
} from '../../src/lib/content/json-schemas.ts';
import { generateJsonSchemas } from '../../scripts/lib/json-schema-files.ts';

const root = process.cwd();
const targets = jsonSchemaTargets();
const schemaOf = (name: string) => {
	const target = targets.find((t) => t.name === name);
	if (!target) throw new Error(`No schema named ${name}`);
	return toJsonSchema(target);
};

/** The files a mapping glob (`dir/*.ext` or one file) matches, relative to the root. */
function matching(pattern: string): string[] {
	const dir = dirname(pattern);
	const name = basename(pattern);
	if (!name.startsWith('*')) return existsSync(join(root, pattern)) ? [pattern] : [];
	if (!existsSync(join(root, dir))) return [];
	return readdirSync(join(root, dir))
		.filter((file) => file.endsWith(name.slice(1)))
		.map((file) => `${dir}/${file}`);
}

type Json = Record<string, unknown>;

/** Paths of every object property, at any depth, whose schema has no description. */
function undescribed(schema: unknown, path = ''): string[] {
	if (typeof schema !== 'object' || schema === null) return [];
	const node = schema as Json;
	const missing: string[] = [];
	for (const [key, value] of Object.entries((node.properties as Json | undefined) ?? {})) {
		const at = path ? `${path}.${key}` : key;
		if (!(value as Json).description) missing.push(at);
		missing.push(...undescribed(value, at));
	}
	for (const key of ['items', 'additionalProperties'] as const) {
		missing.push(...undescribed(node[key], `${path}[]`));
	}
	for (const option of (node.anyOf as unknown[] | undefined) ?? []) {
		missing.push(...undescribed(option, path));
	}
	return missing;
}

describe('JSON Schemas for editors', () => {
	test('the files in schemas/ are what the zod schemas generate', async () => {
		const generated = await generateJsonSchemas();
		const committed = readdirSync(join(root, JSON_SCHEMA_DIR))
			.filter((name) => name.endsWith('.schema.json'))
			.map((name) => `${JSON_SCHEMA_DIR}/${name}`);
		const fix = 'run `npm run schemas` and commit the result';
		expect(committed.sort(), `Schema files differ from the list to generate: ${fix}`).toEqual(
			[...generated.keys()].sort(),
		);
		for (const [path, text] of generated) {
			expect(
				readFileSync(join(root, path), 'utf8') === text,
				`${path} is out of date with src/schemas/: ${fix}`,
			).toBe(true);
		}
	});

	test('each schema has an id, a title and a description for every field', () => {
		for (const target of targets) {
			const schema = toJsonSchema(target);
			expect(schema.$id).toBe(basename(jsonSchemaPath(target)));
			expect(schema.title).toBeTruthy();
			expect(schema.description).toBeTruthy();
			expect(undescribed(schema), `${target.name}: fields without hover help`).toEqual([]);
		}
		const severity = schemaOf('severity') as { properties: Record<string, Json> };
		expect(severity.properties.label!.description).toMatch(/short name everyone uses/);
	});

	test('fields with defaults are optional and references are plain ids', () => {
		const severity = schemaOf('severity') as {
			required: string[];
			properties: Record<string, Json>;
		};
		expect(severity.required).toContain('label');
		expect(severity.required).not.toContain('aliases');
		// A reference is a plain id; `null` says the level pages nobody.
		expect(severity.properties.escalation).toMatchObject({
			anyOf: [{ type: 'string' }, { type: 'null' }],
		});
		const alerts = schemaOf('alerts');
		expect(alerts.type).toBe('array');
	});

	test('.vscode/settings.json maps every YAML schema onto its files', () => {
		const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as Json;
		expect(settings['yaml.schemas']).toEqual(yamlSchemaMapping());
		for (const [schema, globs] of Object.entries(yamlSchemaMapping())) {
			expect(existsSync(join(root, schema))).toBe(true);
			expect(globs.flatMap(matching).length, `${schema} matches no content file`).toBeGreaterThan(
				0,
			);
		}
	});

	test('every YAML content file is covered by a schema mapping', () => {
		const mapped = new Set(targets.flatMap((target) => target.files.flatMap(matching)));
		const { entries } = readContent(join(root, 'src/content'), root);
		const yamlFiles = new Set(
			entries.filter((e) => e.collection !== 'docs').map((entry) => entry.file),
		);
		expect([...yamlFiles].filter((file) => !mapped.has(file))).toEqual([]);
	});

	describe('the default content validates against them', () => {
		const ajv = new Ajv({ allErrors: true });
		const validate = (name: string, data: unknown) => {
			const check = ajv.compile(schemaOf(name));
			return check(data) ? [] : ajv.errorsText(check.errors).split(', ');
		};

		for (const target of targets.filter((t) => t.files.length > 0)) {
			test(target.name, () => {
				const files = target.files.flatMap(matching);
				expect(files.length).toBeGreaterThan(0);
				for (const file of files) {
					const data: unknown = parseYaml(readFileSync(join(root, file), 'utf8'));
					expect(validate(target.name, data), file).toEqual([]);
				}
			});
		}

		test('runbook frontmatter', () => {
			const runbooks = readContent(join(root, 'src/content'), root).entries.filter(
				(e) => e.collection === 'docs' && (e.data as Json | undefined)?.kind === 'runbook',
			);
			expect(runbooks.length).toBeGreaterThan(0);
			for (const runbook of runbooks) {
				expect(validate('runbook', runbook.data), runbook.file).toEqual([]);
			}
		});

		test('and mistakes an editor should flag are rejected', () => {
			const severity = parseYaml(
				readFileSync(join(root, 'test/fixtures/handbook/severities/sev1.yaml'), 'utf8'),
			) as Json;
			expect(validate('severity', { ...severity, colour: '#000000' })).not.toEqual([]);
			expect(validate('severity', { ...severity, coverage: 'weekends' })).not.toEqual([]);
			expect(validate('alerts', [{ id: 'Bad name', runbook: 'runbooks/x' }])).not.toEqual([]);
		});
	});
});

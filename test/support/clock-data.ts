import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildClockData } from '../../src/lib/views/clock-data.ts';
import { buildFillerData } from '../../src/lib/views/filler-data.ts';
import { toTemplateView } from '../../src/lib/views/template-view.ts';
import { dataSchemas } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { PROJECT_ROOT } from './astro-build.ts';

const schemas = dataSchemas(plainReference);

/** `test/fixtures/<name>/`. */
export const fixtureDir = (name: string) => join(PROJECT_ROOT, 'test/fixtures', name);

function readFolder<T>(dir: string, parse: (value: unknown) => T): { id: string; data: T }[] {
	return readdirSync(dir)
		.filter((file) => /\.ya?ml$/.test(file))
		.map((file) => ({
			id: basename(file).replace(/\.ya?ml$/, ''),
			data: parse(parseYaml(readFileSync(join(dir, file), 'utf8'))),
		}));
}

/** The clock's props for a content tree, built by the real builder from its YAML. */
export function clockDataFor(contentDir: string) {
	const byId = <T>(entries: { id: string; data: T }[]) =>
		new Map(entries.map((entry) => [entry.id, entry]));
	return buildClockData({
		severities: readFolder(join(contentDir, 'severities'), (value) =>
			schemas.severities.parse(value),
		),
		policies: byId(
			readFolder(join(contentDir, 'escalation'), (value) => schemas.escalation.parse(value)),
		),
		roles: byId(readFolder(join(contentDir, 'roles'), (value) => schemas.roles.parse(value))),
		settings: schemas.settings.parse(
			parseYaml(readFileSync(join(contentDir, 'settings.yaml'), 'utf8')),
		),
	});
}

/** A content tree's templates as the filler pages receive them, by id. */
export function templatesFor(contentDir: string) {
	const dir = join(contentDir, 'templates');
	return new Map(
		readFolder(dir, (value) => schemas.templates.parse(value)).map((entry) => [
			entry.id,
			toTemplateView(entry),
		]),
	);
}

/** What a filler page receives for one of a content tree's templates, built by the real builder. */
export function fillerDataFor(contentDir: string, templateId: string) {
	const file = ['yaml', 'yml']
		.map((ext) => join(contentDir, 'templates', `${templateId}.${ext}`))
		.find((path) => existsSync(path));
	if (!file) throw new Error(`No template ${templateId} in ${contentDir}`);
	const template = {
		id: templateId,
		data: schemas.templates.parse(parseYaml(readFileSync(file, 'utf8'))),
	};
	const byId = <T>(entries: { id: string; data: T }[]) =>
		new Map(entries.map((entry) => [entry.id, entry]));
	return buildFillerData(template, {
		severities: readFolder(join(contentDir, 'severities'), (value) =>
			schemas.severities.parse(value),
		),
		policies: byId(
			readFolder(join(contentDir, 'escalation'), (value) => schemas.escalation.parse(value)),
		),
		roles: byId(readFolder(join(contentDir, 'roles'), (value) => schemas.roles.parse(value))),
		settings: schemas.settings.parse(
			parseYaml(readFileSync(join(contentDir, 'settings.yaml'), 'utf8')),
		),
	});
}

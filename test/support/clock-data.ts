import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildClockData } from '../../src/lib/views/clock-data.ts';
import { buildFillerData } from '../../src/lib/views/filler-data.ts';
import { levelNames } from '../../src/lib/views/level-view.ts';
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

const byId = <Entry extends { id: string }>(entries: Entry[]): Map<string, Entry> =>
	new Map(entries.map((entry) => [entry.id, entry]));

/** The parsed content the clock and filler builders take, from a content tree's YAML. */
function clockContentFor(contentDir: string) {
	const templatesDir = join(contentDir, 'templates');
	return {
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
		templates: existsSync(templatesDir)
			? readFolder(templatesDir, (value) => schemas.templates.parse(value))
			: [],
		...(existsSync(join(contentDir, 'assessment.yaml'))
			? {
					assessment: schemas.assessment.parse(
						parseYaml(readFileSync(join(contentDir, 'assessment.yaml'), 'utf8')),
					),
				}
			: {}),
	};
}

/** The clock's props for a content tree, built by the real builder from its YAML. */
export const clockDataFor = (contentDir: string) => buildClockData(clockContentFor(contentDir));

/** A content tree's templates as the filler pages receive them, by id. */
export function templatesFor(contentDir: string) {
	return new Map(
		clockContentFor(contentDir).templates.map((entry) => [
			entry.id,
			toTemplateView(entry, levelNames(clockContentFor(contentDir).severities)),
		]),
	);
}

/** What a filler page receives for one of a content tree's templates, built by the real builder. */
export function fillerDataFor(contentDir: string, templateId: string) {
	const content = clockContentFor(contentDir);
	const template = content.templates.find((entry) => entry.id === templateId);
	if (!template) throw new Error(`No template ${templateId} in ${contentDir}`);
	return buildFillerData(template, content);
}

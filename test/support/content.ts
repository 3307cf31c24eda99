import { join } from 'node:path';
import { z } from 'astro/zod';
import { readContent } from '../../src/readers/read-content.ts';
import { checkContent } from '../../src/lib/content/check-content.ts';
import type { RawEntry } from '../../src/lib/content/raw-entry.ts';
import { toAssessmentModel } from '../../src/lib/severity/to-model.ts';
import { buildCalculatorData } from '../../src/lib/views/calculator-view.ts';
import { byRank } from '../../src/lib/views/level-view.ts';
import { runbookFrontmatter } from '../../src/schemas/docs.ts';
import { dataSchemas } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { PROJECT_ROOT } from './astro-build.ts';

const schemas = dataSchemas(plainReference);
// Starlight's own frontmatter schema needs Astro's context; of its fields the views read the title.
const runbookSchema = runbookFrontmatter(plainReference).extend({ title: z.string().min(1) });

/** A second organisation's content on a P0–P3 scale: what product tests render. */
export const FIXTURE_P0_P3 = join(PROJECT_ROOT, 'test/fixtures/content-p0-p3');

/**
 * The handbook product tests run against: a frozen copy of the default content, so product tests
 * never read src/content/ and an organisation that replaces its content keeps them green.
 */
export const HANDBOOK_FIXTURE = join(PROJECT_ROOT, 'test/fixtures/handbook');

/** This organisation's own content: only the handbook checks (test/handbook/) read it. */
export const THIS_HANDBOOK = join(PROJECT_ROOT, 'src/content');

const parseWith =
	<S extends z.ZodType>(schema: S) =>
	(entry: RawEntry) => ({ id: entry.id, data: schema.parse(entry.data) });

const byId = <Entry extends { id: string }>(entries: Entry[]) =>
	new Map(entries.map((entry) => [entry.id, entry]));

const isRunbook = (entry: RawEntry) => (entry.data as { kind?: unknown }).kind === 'runbook';

/** A content tree parsed with the real schemas, for tests that need the data (not the site). */
export function loadContent(contentDir = HANDBOOK_FIXTURE) {
	const { entries, problems } = readContent(contentDir, PROJECT_ROOT);
	const all = [...problems, ...checkContent(entries)];
	if (all.length) throw new Error(`Fixture content is invalid: ${JSON.stringify(all, null, 2)}`);
	const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
	const severities = of('severities').map(parseWith(schemas.severities)).sort(byRank);
	const assessment = schemas.assessment.parse(of('assessment')[0]!.data);
	return {
		severities,
		assessment,
		model: toAssessmentModel(assessment, severities),
		policies: byId(of('escalation').map(parseWith(schemas.escalation))),
		roles: byId(of('roles').map(parseWith(schemas.roles))),
		runbooks: of('docs').filter(isRunbook).map(parseWith(runbookSchema)),
		scenarios: of('scenarios').map(parseWith(schemas.scenarios)),
		settings: schemas.settings.parse(of('settings')[0]!.data),
		entries,
	};
}

/** The calculator island's props, built by the real builder from a content tree. */
export const calculatorDataFor = (contentDir: string) =>
	buildCalculatorData(loadContent(contentDir));

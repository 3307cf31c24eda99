import { join } from 'node:path';
import { readContent } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { toAssessmentModel } from '../../src/lib/severity/to-model.ts';
import { dataSchemas } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { PROJECT_ROOT } from './astro-build.ts';

const schemas = dataSchemas(plainReference);

/** A content tree parsed with the real schemas, for tests that need the data (not the site). */
export function loadContent(contentDir = join(PROJECT_ROOT, 'src/content')) {
	const { entries, problems } = readContent(contentDir, PROJECT_ROOT);
	const all = [...problems, ...checkContent(entries)];
	if (all.length) throw new Error(`Fixture content is invalid: ${JSON.stringify(all, null, 2)}`);
	const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
	const severities = of('severities')
		.map((entry) => ({ id: entry.id, data: schemas.severities.parse(entry.data) }))
		.sort((a, b) => a.data.rank - b.data.rank);
	const assessment = schemas.assessment.parse(of('assessment')[0]!.data);
	return { severities, assessment, model: toAssessmentModel(assessment, severities), entries };
}

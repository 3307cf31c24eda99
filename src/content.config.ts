// Wiring only: which loader reads each collection and which schema validates it. The schemas
// live in src/schemas/ and the paths in src/lib/content/content-paths.ts, shared with the content check.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { docsExtension } from './schemas/docs.ts';
import { dataSchemas } from './schemas/index.ts';
import type { ReferenceFactory } from './schemas/reference.ts';
import { COLLECTION_PATHS, SINGLE_ENTRY_ID } from './lib/content/content-paths.ts';

const ref = reference as unknown as ReferenceFactory;
const schemas = dataSchemas(ref);
const root = 'src/content';

const folder = (path: string) => glob({ base: `${root}/${path}`, pattern: '*.{yaml,yml}' });
const single = (path: string) =>
	file(`${root}/${path}`, {
		parser: (text) => ({ [SINGLE_ENTRY_ID]: parseYaml(text) as Record<string, unknown> }),
	});

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: docsExtension(ref) }),
	}),
	severities: defineCollection({
		loader: folder(COLLECTION_PATHS.severities.path),
		schema: schemas.severities,
	}),
	escalation: defineCollection({
		loader: folder(COLLECTION_PATHS.escalation.path),
		schema: schemas.escalation,
	}),
	roles: defineCollection({ loader: folder(COLLECTION_PATHS.roles.path), schema: schemas.roles }),
	templates: defineCollection({
		loader: folder(COLLECTION_PATHS.templates.path),
		schema: schemas.templates,
	}),
	alerts: defineCollection({
		loader: file(`${root}/${COLLECTION_PATHS.alerts.path}`),
		schema: schemas.alerts,
	}),
	assessment: defineCollection({
		loader: single(COLLECTION_PATHS.assessment.path),
		schema: schemas.assessment,
	}),
	scenarios: defineCollection({
		loader: folder(COLLECTION_PATHS.scenarios.path),
		schema: schemas.scenarios,
	}),
	settings: defineCollection({
		loader: single(COLLECTION_PATHS.settings.path),
		schema: schemas.settings,
	}),
};

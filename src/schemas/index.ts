/**
 * Every collection's schema by collection name, so the Astro wiring and the Node-side content
 * check build them from one list.
 */
import { alertSchema } from './alert.ts';
import { assessmentSchema } from './assessment.ts';
import { escalationSchema } from './escalation.ts';
import type { ReferenceFactory } from './reference.ts';
import { roleSchema } from './role.ts';
import { scenarioSchema } from './scenario.ts';
import { settingsSchema } from './settings.ts';
import { severitySchema } from './severity.ts';
import { templateSchema } from './template.ts';

export const dataSchemas = (reference: ReferenceFactory) => ({
	severities: severitySchema(reference),
	assessment: assessmentSchema(reference),
	escalation: escalationSchema(reference),
	roles: roleSchema(),
	alerts: alertSchema(reference),
	templates: templateSchema(),
	settings: settingsSchema(),
	scenarios: scenarioSchema(reference),
});

export type DataCollectionName = keyof ReturnType<typeof dataSchemas>;

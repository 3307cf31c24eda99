/**
 * Where each collection lives under the content root, shared by `src/content.config.ts` (Astro's
 * loaders) and the Node-side content check, so the two can never disagree about a path.
 */
export const COLLECTION_PATHS = {
	docs: { kind: 'docs', path: 'docs' },
	severities: { kind: 'folder', path: 'severities' },
	escalation: { kind: 'folder', path: 'escalation' },
	roles: { kind: 'folder', path: 'roles' },
	templates: { kind: 'folder', path: 'templates' },
	scenarios: { kind: 'folder', path: 'scenarios' },
	alerts: { kind: 'list', path: 'alerts.yaml' },
	assessment: { kind: 'single', path: 'assessment.yaml' },
	settings: { kind: 'single', path: 'settings.yaml' },
} as const;

/** Ids of entries that are a whole file of their own (`single` above). */
export const SINGLE_ENTRY_ID = 'default';

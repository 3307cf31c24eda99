import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { settingsSchema, type SettingsData } from '../schemas/settings.ts';

/**
 * The site settings, read while Astro loads its config (before content collections exist), so
 * the site title and URL come from `src/content/settings.yaml` like everything else.
 * Returns undefined when the file is missing or invalid: the content check then reports it with
 * the file and field, which is a better message than one thrown from here.
 */
export function readSettings(contentDir: URL): SettingsData | undefined {
	try {
		const parsed = settingsSchema().safeParse(
			parseYaml(readFileSync(new URL('settings.yaml', contentDir), 'utf8')),
		);
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

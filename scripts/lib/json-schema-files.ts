// The JSON Schema files as they are written to disk: Node-only (Prettier reads the repository's
// config), so it lives beside the script that writes them, not in the pure src/lib.
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
	jsonSchemaPath,
	jsonSchemaTargets,
	toJsonSchema,
} from '../../src/lib/content/json-schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every schema file's text by path relative to the repository root, formatted exactly as
 * `prettier --write` would format it (the repository's config), so the formatting check agrees.
 */
export async function generateJsonSchemas(): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const target of jsonSchemaTargets()) {
		const path = jsonSchemaPath(target);
		const filepath = `${root}${path}`;
		const options = { ...(await resolveConfig(filepath, { editorconfig: true })) };
		// Plugins are for other languages; JSON needs none.
		delete options.plugins;
		const text = JSON.stringify(toJsonSchema(target), null, '\t');
		files.set(path, await format(text, { ...options, filepath, parser: 'json' }));
	}
	return files;
}

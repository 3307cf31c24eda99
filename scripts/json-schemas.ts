// `npm run schemas`: writes the editor JSON Schemas in `schemas/` from the zod schemas in
// `src/schemas/`. `--check` writes nothing: it lists the files that differ and exits 1 if any.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR } from '../src/lib/content/json-schemas.ts';
import { generateJsonSchemas } from './lib/json-schema-files.ts';

const check = process.argv.includes('--check');
const root = process.cwd();
const generated = await generateJsonSchemas();

const read = (path: string) => {
	try {
		return readFileSync(join(root, path), 'utf8');
	} catch {
		return undefined;
	}
};
const existing = (() => {
	try {
		return readdirSync(join(root, JSON_SCHEMA_DIR))
			.filter((name) => name.endsWith('.schema.json'))
			.map((name) => `${JSON_SCHEMA_DIR}/${name}`);
	} catch {
		return [];
	}
})();
const stale = existing.filter((path) => !generated.has(path));
const changed = [...generated].filter(([path, text]) => read(path) !== text).map(([path]) => path);

if (check) {
	for (const path of changed) {
		console.error(`✗ ${path} ${read(path) === undefined ? 'is missing' : 'is out of date'}`);
	}
	for (const path of stale) console.error(`✗ ${path} no longer has a schema to come from`);
	if (changed.length + stale.length > 0) {
		console.error('\nRun `npm run schemas` and commit the result.');
		process.exit(1);
	}
	console.log(`The ${generated.size} JSON Schemas in ${JSON_SCHEMA_DIR}/ are up to date.`);
} else {
	mkdirSync(join(root, JSON_SCHEMA_DIR), { recursive: true });
	for (const path of changed) writeFileSync(join(root, path), generated.get(path) ?? '');
	for (const path of stale) rmSync(join(root, path));
	for (const path of changed) console.log(`✓ wrote ${path}`);
	for (const path of stale) console.log(`✓ removed ${path}`);
	console.log(
		changed.length + stale.length
			? `\n${changed.length} written, ${stale.length} removed.`
			: `The ${generated.size} JSON Schemas in ${JSON_SCHEMA_DIR}/ were already up to date.`,
	);
}

// `npm run check:alerts -- rules.yml [more.yml…]`: reports every alerting rule whose runbook_url
// is missing or does not lead to a Firebreak alert or runbook. Exits 1 if any.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../src/integrations/read-content.ts';
import { readSettings } from '../src/integrations/read-settings.ts';
import { checkRules } from '../src/lib/alerts/check-rules.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('Usage: npm run check:alerts -- <prometheus-rules.yml> [more.yml …]');
	process.exit(2);
}
const root = process.cwd();
const { entries } = readContent(join(root, 'src/content'), root);
const settings = readSettings(new URL(`file://${join(root, 'src/content')}/`));
const links = {
	alerts: new Set(entries.filter((e) => e.collection === 'alerts').map((e) => e.id)),
	runbooks: new Set(
		entries
			.filter((e) => e.collection === 'docs' && (e.data as { kind?: string }).kind === 'runbook')
			.map((e) => e.id),
	),
	siteUrl: settings?.siteUrl ?? 'https://handbook.example.com',
};

let bad = 0;
for (const file of files) {
	let results;
	try {
		results = checkRules(parseYaml(readFileSync(file, 'utf8')), links);
	} catch (error) {
		console.error(`✗ ${file}: ${(error as Error).message}`);
		bad++;
		continue;
	}
	for (const result of results) {
		if (!result.ok) bad++;
		console.log(
			`${result.ok ? '✓' : '✗'} ${file} ${result.location} ${result.alert}: ${result.message}`,
		);
	}
}
console.log(
	bad
		? `\n${bad} alert rule(s) need a working runbook_url.`
		: '\nEvery alert rule links to the handbook.',
);
process.exit(bad ? 1 : 0);

// `npm run check:alerts -- rules.yml [more.yml…]`: reports every alerting rule whose runbook_url
// is missing or does not lead to a Firebreak alert or runbook section, and every file that cannot
// be checked. Takes Prometheus rule files, prometheus-operator PrometheusRule resources, and
// multi-document YAML holding either. Exits 1 if anything is wrong.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/readers/read-content.ts';
import { readSettings } from '../src/readers/read-settings.ts';
import { alertTarget } from '../src/lib/alerts/alert-target.ts';
import {
	checkRuleFile,
	unreadableFile,
	type HandbookLinks,
	type RuleFileCheck,
} from '../src/lib/alerts/check-rules.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('Usage: npm run check:alerts -- <prometheus-rules.yml> [more.yml …]');
	process.exit(2);
}
const root = process.cwd();
// `npm run` starts scripts in the project root; paths on its command line are the caller's.
const callerDir =
	process.env.npm_lifecycle_event === 'check:alerts' && process.env.INIT_CWD
		? process.env.INIT_CWD
		: root;

const { entries } = readContent(join(root, 'src/content'), root);
const settings = readSettings(new URL(`file://${join(root, 'src/content')}/`));
const links: HandbookLinks = {
	alerts: new Map(
		entries
			.filter((e) => e.collection === 'alerts')
			.map((e) => {
				const data = (e.data ?? {}) as { runbook?: unknown; section?: unknown };
				const section = typeof data.section === 'string' ? data.section : undefined;
				return [e.id, alertTarget({ runbook: { id: String(data.runbook) }, section })];
			}),
	),
	runbooks: new Map(
		entries
			.filter((e) => e.collection === 'docs' && (e.data as { kind?: string }).kind === 'runbook')
			.map((e) => [e.id, e.headings ?? []]),
	),
	siteUrl: settings?.siteUrl ?? 'https://handbook.example.com',
};

function checkFile(file: string): RuleFileCheck {
	let source: string;
	try {
		source = readFileSync(resolve(callerDir, file), 'utf8');
	} catch (error) {
		return { problems: [unreadableFile(error as NodeJS.ErrnoException)], rules: [] };
	}
	return checkRuleFile(source, links);
}

const at = (location: string) => (location ? ` ${location}` : '');
let badRules = 0;
let badFiles = 0;
let checked = 0;
for (const file of files) {
	const { problems, rules } = checkFile(file);
	for (const problem of problems)
		console.log(`✗ ${file}${at(problem.location)}: ${problem.message}`);
	for (const result of rules)
		console.log(
			`${result.ok ? '✓' : '✗'} ${file}${at(result.location)} ${result.alert}: ${result.message}`,
		);
	if (problems.length === 0 && rules.length === 0) console.log(`· ${file}: no alerting rules.`);
	badFiles += problems.length;
	badRules += rules.filter((result) => !result.ok).length;
	checked += rules.length;
}

const summary = [
	badRules && `${badRules} alert rule(s) need a working runbook_url.`,
	badFiles &&
		`${badFiles} file problem(s): the rules in those files or documents were not checked.`,
].filter(Boolean);
if (summary.length === 0)
	summary.push(
		checked ? 'Every alert rule links to the handbook.' : 'These files hold no alerting rules.',
	);
console.log(`\n${summary.join('\n')}`);
process.exit(badRules || badFiles ? 1 : 0);

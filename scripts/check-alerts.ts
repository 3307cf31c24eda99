// `npm run check:alerts -- rules.yml [more.yml…]`: reports every alerting rule whose runbook_url
// is missing or does not lead to a Firebreak alert or runbook section, and every file that cannot
// be checked. Takes Prometheus rule files, prometheus-operator PrometheusRule resources, and
// multi-document YAML holding either. Exits 1 if anything is wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alertTarget } from '../src/lib/alerts/alert-target.ts';
import {
	checkRuleFile,
	unreadableFile,
	type HandbookLinks,
	type RuleFileCheck,
} from '../src/lib/alerts/check-rules.ts';
import { isRunbook } from '../src/lib/content/schemas.ts';
import { loadValidContent } from './lib/valid-content.ts';

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

// The handbook the rules are checked against, read and validated the way the build reads it: a
// rule can only be said to lead somewhere if the content it leads to is valid.
const content = loadValidContent(root, 'check:alerts checks rules against content that validates');
const [settings] = content.settings.values();
if (!settings) throw new Error('loadContent validated a handbook without settings.');
const links: HandbookLinks = {
	alerts: new Map([...content.alerts.values()].map(({ id, parsed }) => [id, alertTarget(parsed)])),
	runbooks: new Map(
		[...content.docs.values()].filter(isRunbook).map((entry) => [entry.id, entry.headings ?? []]),
	),
	siteUrl: settings.parsed.siteUrl,
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

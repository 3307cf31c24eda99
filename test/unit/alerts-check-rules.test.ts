import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRuleFile, unreadableFile } from '../../src/lib/alerts/check-rules.ts';

// A slice of the real handbook: alert ids with where their permalinks lead, runbooks with their
// heading anchors (bad-deploy-rollback has sub-headings under Mitigate).
const SECTIONS = ['symptoms', 'investigate', 'mitigate', 'verify', 'escalate', 'prevent'];
const links = {
	alerts: new Map([
		['HighErrorRate', '/runbooks/high-error-rate/#investigate'],
		['ElevatedErrorRate', '/runbooks/high-error-rate/#investigate'],
		['HighLatencyP95', '/runbooks/performance-degradation/#investigate'],
		['PostgresDown', '/runbooks/database-connection-failures/#investigate'],
		['DatabaseConnectionPoolExhausted', '/runbooks/database-connection-pool-exhausted/#mitigate'],
		['ReplicationLagHigh', '/runbooks/data-corruption-restore/'],
		['WorkerQueueBacklog', '/runbooks/worker-queue-backlog/#investigate'],
		['ErrorsAfterDeploy', '/runbooks/bad-deploy-rollback/#mitigate'],
		['RedisDown', '/runbooks/cache-failure/#mitigate'],
	]),
	runbooks: new Map<string, readonly string[]>([
		['runbooks/high-error-rate', SECTIONS],
		['runbooks/performance-degradation', SECTIONS],
		['runbooks/database-connection-failures', SECTIONS],
		['runbooks/database-connection-pool-exhausted', SECTIONS],
		['runbooks/data-corruption-restore', SECTIONS],
		['runbooks/worker-queue-backlog', SECTIONS],
		['runbooks/cache-failure', SECTIONS],
		[
			'runbooks/bad-deploy-rollback',
			[...SECTIONS.slice(0, 3), 'roll-back-the-application', 'revert-in-git', ...SECTIONS.slice(3)],
		],
	]),
	siteUrl: 'https://handbook.example.com',
};

const fixture = (name: string) =>
	checkRuleFile(
		readFileSync(join(import.meta.dirname, '../fixtures/prometheus', name), 'utf8'),
		links,
	);

/** Each result as one line, the way the script prints it. */
const lines = ({ problems, rules }: ReturnType<typeof checkRuleFile>) => [
	...problems.map((problem) => `✗ ${problem.location || '(file)'}: ${problem.message}`),
	...rules.map(
		(result) => `${result.ok ? '✓' : '✗'} ${result.location} ${result.alert}: ${result.message}`,
	),
];

/** A one-rule Prometheus rule file; `runbookUrl` undefined leaves the annotation out. */
const ruleFile = (alert: string, runbookUrl?: string) =>
	[
		'groups:',
		'  - name: test',
		'    rules:',
		`      - alert: ${alert}`,
		'        expr: vector(1)',
		...(runbookUrl === undefined
			? []
			: ['        annotations:', `          runbook_url: ${JSON.stringify(runbookUrl)}`]),
	].join('\n');

/** The message for one rule linking `runbookUrl`; the file itself must be fine. */
const check = (alert: string, runbookUrl?: string) => {
	const { problems, rules } = checkRuleFile(ruleFile(alert, runbookUrl), links);
	expect(problems).toEqual([]);
	expect(rules).toHaveLength(1);
	return `${rules[0]!.ok ? '✓' : '✗'} ${rules[0]!.message}`;
};

describe('realistic rule files', () => {
	test('a plain Prometheus rule file: recording rules skipped, each alerting rule checked', () => {
		expect(lines(fixture('rules.yml'))).toMatchInlineSnapshot(`
			[
			  "✓ groups[0].rules[1] HighErrorRate: → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "✓ groups[0].rules[2] ApiErrorsByRunbookPath: → runbook runbooks/high-error-rate#mitigate",
			  "✗ groups[0].rules[3] HighLatency: no runbook_url annotation. Add \`HighLatency\` to src/content/alerts.yaml, then \`runbook_url: https://handbook.example.com/alerts/HighLatency/\`.",
			  "✗ groups[1].rules[0] PostgresDown: \`https://wiki.example.com/postgres-down\` points outside this handbook (https://handbook.example.com). Use \`https://handbook.example.com/alerts/PostgresDown/\`.",
			  "✗ groups[1].rules[1] ReplicationLag: no alert \`ReplicationLagTooHigh\` in src/content/alerts.yaml. Add \`ReplicationLag\` to src/content/alerts.yaml and use \`https://handbook.example.com/alerts/ReplicationLag/\`. (The closest alert there is \`ReplicationLagHigh\`.)",
			]
		`);
	});

	test('a PrometheusRule resource as kube-prometheus ships it', () => {
		expect(lines(fixture('prometheus-rule.yaml'))).toMatchInlineSnapshot(`
			[
			  "✓ spec.groups[0].rules[0] HighErrorRate: → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "✗ spec.groups[0].rules[1] ElevatedErrorRate: \`ElevatedErrorRate\` points at the permalink of \`HighErrorRate\`. Use \`https://handbook.example.com/alerts/ElevatedErrorRate/\`.",
			  "✗ spec.groups[0].rules[2] HighLatencyP95: no alert \`highlatencyp95\` in src/content/alerts.yaml. Did you mean \`https://handbook.example.com/alerts/HighLatencyP95/\`?",
			  "✓ spec.groups[0].rules[3] ErrorsAfterDeploy: → runbook runbooks/bad-deploy-rollback#roll-back-the-application",
			  "✗ spec.groups[1].rules[0] TargetDown: \`https://runbooks.prometheus-operator.dev/runbooks/general/targetdown\` points outside this handbook (https://handbook.example.com). Add \`TargetDown\` to src/content/alerts.yaml and use \`https://handbook.example.com/alerts/TargetDown/\`.",
			  "✗ spec.groups[1].rules[1] Watchdog: \`https://runbooks.prometheus-operator.dev/runbooks/general/watchdog\` points outside this handbook (https://handbook.example.com). Add \`Watchdog\` to src/content/alerts.yaml and use \`https://handbook.example.com/alerts/Watchdog/\`.",
			]
		`);
	});

	test('a multi-document file mixing PrometheusRules, a plain rule file and a ConfigMap', () => {
		expect(lines(fixture('multi-document.yaml'))).toMatchInlineSnapshot(`
			[
			  "✗ document 4: This is neither a Prometheus rule file (\`groups:\` list) nor a PrometheusRule resource: it is \`kind: ConfigMap\`. Pass only rule files, or PrometheusRule resources (\`kind: PrometheusRule\`, rules under \`spec.groups\`).",
			  "✓ document 1, spec.groups[0].rules[0] PostgresDown: → alert PostgresDown (/runbooks/database-connection-failures/#investigate)",
			  "✗ document 1, spec.groups[0].rules[1] DatabaseConnectionPoolExhausted: runbook runbooks/database-connection-pool-exhausted has no heading with the anchor \`#mitgate\`. Did you mean \`https://handbook.example.com/runbooks/database-connection-pool-exhausted/#mitigate\`?",
			  "✓ document 2, spec.groups[0].rules[1] WorkerQueueBacklog: → alert WorkerQueueBacklog (/runbooks/worker-queue-backlog/#investigate)",
			  "✗ document 3, groups[0].rules[0] RedisDown: \`/Runbooks/Cache-Failure/\` is neither an alert permalink (/alerts/<Name>/) nor a runbook. Did you mean \`/runbooks/cache-failure/#mitigate\`?",
			]
		`);
	});

	test('a YAML syntax error is a file problem with its line, not an alert rule problem', () => {
		// Inline rather than a fixture file: `prettier --check .` would fail on it.
		const source = [
			'groups:',
			'  - name: api',
			'    rules:',
			'      - alert: HighErrorRate',
			'        annotations:',
			'          runbook_url: https://handbook.example.com/alerts/HighErrorRate/',
			'      - alert: HighLatencyP95',
			'        expr: job:http_latency_p95:5m > 1',
			'       annotations:',
			'          runbook_url: https://handbook.example.com/alerts/HighLatencyP95/',
		].join('\n');
		expect(lines(checkRuleFile(source, links))).toMatchInlineSnapshot(`
			[
			  "✗ (file): This is not valid YAML (line 9): Sequence item without - indicator. Check the indentation and quoting around that line; quote values containing \`: \` or \` #\`.",
			]
		`);
	});
});

describe('runbook_url forms that lead to the handbook', () => {
	test('alert permalinks: absolute, root-relative, without trailing slash, templated', () => {
		expect({
			absolute: check('HighErrorRate', 'https://handbook.example.com/alerts/HighErrorRate/'),
			rootRelative: check('HighErrorRate', '/alerts/HighErrorRate/'),
			noTrailingSlash: check('HighErrorRate', 'https://handbook.example.com/alerts/HighErrorRate'),
			labelsTemplate: check(
				'HighErrorRate',
				'https://handbook.example.com/alerts/{{ $labels.alertname }}/',
			),
			dotLabelsTemplate: check('HighErrorRate', '/alerts/{{ .Labels.alertname }}/'),
		}).toMatchInlineSnapshot(`
			{
			  "absolute": "✓ → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "dotLabelsTemplate": "✓ → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "labelsTemplate": "✓ → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "noTrailingSlash": "✓ → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "rootRelative": "✓ → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			}
		`);
	});

	test('runbooks, with or without a heading anchor', () => {
		expect({
			noAnchor: check('HighErrorRate', 'https://handbook.example.com/runbooks/high-error-rate/'),
			anchor: check('HighErrorRate', '/runbooks/high-error-rate/#mitigate'),
			subHeading: check(
				'ErrorsAfterDeploy',
				'/runbooks/bad-deploy-rollback/#roll-back-the-application',
			),
			pageTop: check('HighErrorRate', '/runbooks/high-error-rate/#_top'),
		}).toMatchInlineSnapshot(`
			{
			  "anchor": "✓ → runbook runbooks/high-error-rate#mitigate",
			  "noAnchor": "✓ → runbook runbooks/high-error-rate",
			  "pageTop": "✓ → runbook runbooks/high-error-rate#_top",
			  "subHeading": "✓ → runbook runbooks/bad-deploy-rollback#roll-back-the-application",
			}
		`);
	});
});

describe('runbook_url problems', () => {
	test('an anchor that is not a heading of the runbook', () => {
		expect({
			typo: check(
				'DatabaseConnectionPoolExhausted',
				'https://handbook.example.com/runbooks/database-connection-pool-exhausted/#mitgate',
			),
			wrongCase: check('HighErrorRate', '/runbooks/high-error-rate/#Mitigate'),
			unrelated: check('HighErrorRate', '/runbooks/high-error-rate/#rollback-plan'),
		}).toMatchInlineSnapshot(`
			{
			  "typo": "✗ runbook runbooks/database-connection-pool-exhausted has no heading with the anchor \`#mitgate\`. Did you mean \`https://handbook.example.com/runbooks/database-connection-pool-exhausted/#mitigate\`?",
			  "unrelated": "✗ runbook runbooks/high-error-rate has no heading with the anchor \`#rollback-plan\`. Use one of: \`#symptoms\`, \`#investigate\`, \`#mitigate\`, \`#verify\`, \`#escalate\`, \`#prevent\`; or drop the anchor.",
			  "wrongCase": "✗ runbook runbooks/high-error-rate has no heading with the anchor \`#Mitigate\`. Did you mean \`/runbooks/high-error-rate/#mitigate\`?",
			}
		`);
	});

	test('another alert’s permalink', () => {
		expect({
			knownAlert: check('HighLatencyP95', 'https://handbook.example.com/alerts/HighErrorRate/'),
			knownAlertRootRelative: check('ElevatedErrorRate', '/alerts/HighErrorRate/'),
			unknownAlert: check('HighLatency', 'https://handbook.example.com/alerts/HighErrorRate/'),
			caseOnly: check('HighErrorrate', '/alerts/HighErrorRate/'),
		}).toMatchInlineSnapshot(`
			{
			  "caseOnly": "✗ \`HighErrorrate\` points at the permalink of \`HighErrorRate\`. The names differ only in case: rename the rule's alert or the entry in src/content/alerts.yaml so they match exactly.",
			  "knownAlert": "✗ \`HighLatencyP95\` points at the permalink of \`HighErrorRate\`. Use \`https://handbook.example.com/alerts/HighLatencyP95/\`.",
			  "knownAlertRootRelative": "✗ \`ElevatedErrorRate\` points at the permalink of \`HighErrorRate\`. Use \`/alerts/ElevatedErrorRate/\`.",
			  "unknownAlert": "✗ \`HighLatency\` points at the permalink of \`HighErrorRate\`. Add \`HighLatency\` to src/content/alerts.yaml and use \`https://handbook.example.com/alerts/HighLatency/\`, or link the runbook directly: \`https://handbook.example.com/runbooks/high-error-rate/#investigate\`.",
			}
		`);
	});

	test('wrong case gets the right spelling', () => {
		expect({
			alert: check('HighErrorRate', 'https://handbook.example.com/alerts/higherrorrate/'),
			runbook: check('HighErrorRate', '/runbooks/High-Error-Rate/'),
			runbookWithAnchor: check(
				'HighErrorRate',
				'https://handbook.example.com/Runbooks/high-error-rate/#mitigate',
			),
		}).toMatchInlineSnapshot(`
			{
			  "alert": "✗ no alert \`higherrorrate\` in src/content/alerts.yaml. Did you mean \`https://handbook.example.com/alerts/HighErrorRate/\`?",
			  "runbook": "✗ \`/runbooks/High-Error-Rate/\` is neither an alert permalink (/alerts/<Name>/) nor a runbook. Did you mean \`/runbooks/high-error-rate/\`?",
			  "runbookWithAnchor": "✗ \`/Runbooks/high-error-rate/\` is neither an alert permalink (/alerts/<Name>/) nor a runbook. Did you mean \`https://handbook.example.com/runbooks/high-error-rate/#mitigate\`?",
			}
		`);
	});

	test('an alert or page the handbook does not have', () => {
		expect({
			unknownAlertKnownRule: check('HighErrorRate', '/alerts/SomethingElse/'),
			unknownAlertUnknownRule: check('ReplicationLag', '/alerts/ReplicationLagTooHigh/'),
			notARunbook: check('HighErrorRate', '/process/severity-levels/'),
			siteRoot: check('HighErrorRate', 'https://handbook.example.com/'),
		}).toMatchInlineSnapshot(`
			{
			  "notARunbook": "✗ \`/process/severity-levels/\` is neither an alert permalink (/alerts/<Name>/) nor a runbook. Use \`/alerts/HighErrorRate/\`.",
			  "siteRoot": "✗ \`/\` is neither an alert permalink (/alerts/<Name>/) nor a runbook. Use \`https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "unknownAlertKnownRule": "✗ no alert \`SomethingElse\` in src/content/alerts.yaml. Use \`/alerts/HighErrorRate/\`.",
			  "unknownAlertUnknownRule": "✗ no alert \`ReplicationLagTooHigh\` in src/content/alerts.yaml. Add \`ReplicationLag\` to src/content/alerts.yaml and use \`/alerts/ReplicationLag/\`. (The closest alert there is \`ReplicationLagHigh\`.)",
			}
		`);
	});

	test('a fragment on an alert permalink, which its redirect drops', () => {
		expect(check('HighErrorRate', '/alerts/HighErrorRate/#mitigate')).toMatchInlineSnapshot(
			`"✗ the permalink leads to \`/runbooks/high-error-rate/#investigate\` and ignores \`#mitigate\`. Drop \`#mitigate\`, or change the alert's \`section\` in src/content/alerts.yaml."`,
		);
	});

	test('links outside this handbook, relative links, templates it cannot resolve, non-URLs', () => {
		expect({
			otherHost: check('PostgresDown', 'https://wiki.example.com/postgres-down'),
			upstreamRunbook: check(
				'TargetDown',
				'https://runbooks.prometheus-operator.dev/runbooks/general/targetdown',
			),
			http: check('HighErrorRate', 'http://handbook.example.com/alerts/HighErrorRate/'),
			subdomain: check('HighErrorRate', 'https://www.handbook.example.com/alerts/HighErrorRate/'),
			pathRelative: check('HighErrorRate', 'alerts/HighErrorRate/'),
			otherTemplate: check('HighErrorRate', '/runbooks/{{ $labels.service }}/'),
			notAUrl: check('HighErrorRate', 'https://'),
		}).toMatchInlineSnapshot(`
			{
			  "http": "✗ \`http://handbook.example.com/alerts/HighErrorRate/\` points outside this handbook (https://handbook.example.com). Use \`https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "notAUrl": "✗ \`https://\` is not a URL. Use \`https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "otherHost": "✗ \`https://wiki.example.com/postgres-down\` points outside this handbook (https://handbook.example.com). Use \`https://handbook.example.com/alerts/PostgresDown/\`.",
			  "otherTemplate": "✗ \`/runbooks/{{ $labels.service }}/\` uses a template (\`{{ $labels.service }}\`) this check cannot resolve. Write the link out. Use \`/alerts/HighErrorRate/\`.",
			  "pathRelative": "✗ \`alerts/HighErrorRate/\` is a relative link, which notifications resolve against their own address. Use \`https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "subdomain": "✗ \`https://www.handbook.example.com/alerts/HighErrorRate/\` points outside this handbook (https://handbook.example.com). Use \`https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "upstreamRunbook": "✗ \`https://runbooks.prometheus-operator.dev/runbooks/general/targetdown\` points outside this handbook (https://handbook.example.com). Add \`TargetDown\` to src/content/alerts.yaml and use \`https://handbook.example.com/alerts/TargetDown/\`.",
			}
		`);
	});

	test('a missing runbook_url', () => {
		expect({
			knownAlert: check('HighErrorRate'),
			unknownAlert: check('HighLatency'),
			emptyValue: check('HighErrorRate', ''),
		}).toMatchInlineSnapshot(`
			{
			  "emptyValue": "✗ no runbook_url annotation. Add \`runbook_url: https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "knownAlert": "✗ no runbook_url annotation. Add \`runbook_url: https://handbook.example.com/alerts/HighErrorRate/\`.",
			  "unknownAlert": "✗ no runbook_url annotation. Add \`HighLatency\` to src/content/alerts.yaml, then \`runbook_url: https://handbook.example.com/alerts/HighLatency/\`.",
			}
		`);
	});

	test('under a sub-path, links lead to the handbook only under it, and fixes carry it', () => {
		const sub = { ...links, siteUrl: 'https://example.github.io/handbook/' };
		const one = (alert: string, runbookUrl?: string) => {
			const [rule] = checkRuleFile(ruleFile(alert, runbookUrl), sub).rules;
			return `${rule!.ok ? '✓' : '✗'} ${rule!.message}`;
		};
		expect({
			absolute: one('HighErrorRate', 'https://example.github.io/handbook/alerts/HighErrorRate/'),
			rootRelative: one('HighErrorRate', '/handbook/runbooks/high-error-rate/#mitigate'),
			outside: one('HighErrorRate', 'https://example.github.io/alerts/HighErrorRate/'),
			missing: one('HighErrorRate'),
		}).toMatchInlineSnapshot(`
			{
			  "absolute": "✓ → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  "missing": "✗ no runbook_url annotation. Add \`runbook_url: https://example.github.io/handbook/alerts/HighErrorRate/\`.",
			  "outside": "✗ \`https://example.github.io/alerts/HighErrorRate/\` points outside this handbook (https://example.github.io/handbook/). Use \`https://example.github.io/handbook/alerts/HighErrorRate/\`.",
			  "rootRelative": "✓ → runbook runbooks/high-error-rate#mitigate",
			}
		`);
	});

	test('a rule with neither `alert:` nor `record:`', () => {
		const file =
			'groups:\n  - name: api\n    rules:\n      - alret: HighErrorRate\n        expr: up == 0\n';
		expect(lines(checkRuleFile(file, links))).toMatchInlineSnapshot(`
			[
			  "✗ groups[0].rules[0] (unnamed rule): has neither \`alert:\` nor \`record:\`, so Prometheus rejects it. Check the spelling of \`alert:\`.",
			]
		`);
	});
});

describe('file problems', () => {
	const problems = (source: string) => {
		const result = checkRuleFile(source, links);
		expect(result.rules).toEqual([]);
		return lines(result);
	};

	test('YAML syntax errors name the line, and the document in a multi-document file', () => {
		expect({
			single: problems('groups:\n  - name: api\n    rules: [\n'),
			// The first document is still checked; only the broken one is reported.
			multi: lines(
				checkRuleFile(
					`${ruleFile('HighErrorRate', '/alerts/HighErrorRate/')}\n---\nkind: [\n`,
					links,
				),
			),
			duplicateKey: problems('groups: []\ngroups: []\n'),
		}).toMatchInlineSnapshot(`
			{
			  "duplicateKey": [
			    "✗ (file): This is not valid YAML (line 2): Map keys must be unique. Keep one of the two keys, or merge them.",
			  ],
			  "multi": [
			    "✗ document 2: This is not valid YAML (line 10): Flow sequence in block collection must be sufficiently indented and end with a ]. Check the indentation and quoting around that line; quote values containing \`: \` or \` #\`.",
			    "✓ document 1, groups[0].rules[0] HighErrorRate: → alert HighErrorRate (/runbooks/high-error-rate/#investigate)",
			  ],
			  "single": [
			    "✗ (file): This is not valid YAML (line 4): Flow sequence in block collection must be sufficiently indented and end with a ]. Check the indentation and quoting around that line; quote values containing \`: \` or \` #\`.",
			  ],
			}
		`);
	});

	test('documents that are neither a rule file nor a PrometheusRule', () => {
		expect({
			scrapeConfig: problems('global:\n  scrape_interval: 30s\nscrape_configs: []\n'),
			manyKeys: problems('a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n'),
			list: problems('- alert: HighErrorRate\n'),
			scalar: problems('HighErrorRate\n'),
			groupsNotAList: problems('groups:\n  name: api\n'),
		}).toMatchInlineSnapshot(`
			{
			  "groupsNotAList": [
			    "✗ groups: \`groups:\` is not a list. Write one \`- name:\` item per rule group, each with \`rules:\`.",
			  ],
			  "list": [
			    "✗ (file): This is neither a Prometheus rule file (\`groups:\` list) nor a PrometheusRule resource: it is a list. Pass only rule files, or PrometheusRule resources (\`kind: PrometheusRule\`, rules under \`spec.groups\`).",
			  ],
			  "manyKeys": [
			    "✗ (file): This is neither a Prometheus rule file (\`groups:\` list) nor a PrometheusRule resource: its top-level keys are \`a\`, \`b\`, \`c\` and 2 more. Pass only rule files, or PrometheusRule resources (\`kind: PrometheusRule\`, rules under \`spec.groups\`).",
			  ],
			  "scalar": [
			    "✗ (file): This is neither a Prometheus rule file (\`groups:\` list) nor a PrometheusRule resource: it is a single value (\`HighErrorRate\`). Pass only rule files, or PrometheusRule resources (\`kind: PrometheusRule\`, rules under \`spec.groups\`).",
			  ],
			  "scrapeConfig": [
			    "✗ (file): This is neither a Prometheus rule file (\`groups:\` list) nor a PrometheusRule resource: its top-level keys are \`global\`, \`scrape_configs\`. Pass only rule files, or PrometheusRule resources (\`kind: PrometheusRule\`, rules under \`spec.groups\`).",
			  ],
			}
		`);
	});

	test('PrometheusRules without groups or with another apiVersion', () => {
		expect({
			noGroups: problems(
				'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: x\nspec: {}\n',
			),
			groupsAtTopLevel: problems(
				'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: x\ngroups: []\n',
			),
			apiVersion: problems('apiVersion: v1\nkind: PrometheusRule\nspec:\n  groups: []\n'),
		}).toMatchInlineSnapshot(`
			{
			  "apiVersion": [
			    "✗ (file): This PrometheusRule has \`apiVersion: v1\`. Use \`apiVersion: monitoring.coreos.com/v1\`.",
			  ],
			  "groupsAtTopLevel": [
			    "✗ (file): This PrometheusRule has no \`spec.groups:\` list. Put the rule groups under \`spec.groups\`, as in a Prometheus rule file.",
			  ],
			  "noGroups": [
			    "✗ (file): This PrometheusRule has no \`spec.groups:\` list. Put the rule groups under \`spec.groups\`, as in a Prometheus rule file.",
			  ],
			}
		`);
	});

	test('groups whose rules are not a list', () => {
		expect({
			rulesMapping: problems('groups:\n  - name: api\n    rules:\n      alert: HighErrorRate\n'),
			groupNotMapping: problems('groups:\n  - api\n'),
		}).toMatchInlineSnapshot(`
			{
			  "groupNotMapping": [
			    "✗ groups[0]: This group is not a mapping. Give each group a \`name:\` and a \`rules:\` list.",
			  ],
			  "rulesMapping": [
			    "✗ groups[0].rules: \`rules:\` is not a list. Write one \`- alert:\` or \`- record:\` item per rule.",
			  ],
			}
		`);
	});

	test('an empty file, or one with only comments, is a problem; an empty trailing document is not', () => {
		expect({
			empty: problems(''),
			comments: problems('# rules go here\n'),
		}).toMatchInlineSnapshot(`
			{
			  "comments": [
			    "✗ (file): This file holds no YAML documents (it is empty or all comments). Check that it is the rule file you meant.",
			  ],
			  "empty": [
			    "✗ (file): This file holds no YAML documents (it is empty or all comments). Check that it is the rule file you meant.",
			  ],
			}
		`);
		const trailing = checkRuleFile(
			`---\n${ruleFile('HighErrorRate', '/alerts/HighErrorRate/')}\n---\n`,
			links,
		);
		expect(trailing.problems).toEqual([]);
		expect(trailing.rules).toMatchObject([{ location: 'groups[0].rules[0]', ok: true }]);
	});

	test('files that cannot be read', () => {
		const error = (code: string, message = `${code}: failed`) =>
			unreadableFile(Object.assign(new Error(message), { code })).message;
		expect({
			missing: error('ENOENT'),
			directory: error('EISDIR'),
			permission: error('EACCES'),
			other: error('EIO', 'EIO: i/o error, read'),
		}).toMatchInlineSnapshot(`
			{
			  "directory": "This is a directory. Name the rule files in it, e.g. \`rules/*.yml\`.",
			  "missing": "This file does not exist. Check the path; relative paths start from the directory you ran the command in.",
			  "other": "This file cannot be read: EIO: i/o error, read. Check the path and the file's permissions.",
			  "permission": "This file cannot be read (permission denied). Run the check as a user who can read it.",
			}
		`);
	});

	test('recording rules only: nothing to report', () => {
		const result = checkRuleFile(
			'groups:\n  - name: r\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n',
			links,
		);
		expect(result).toEqual({ problems: [], rules: [] });
	});
});

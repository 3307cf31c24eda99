import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { isoDay } from '../../src/lib/time/format-time.ts';
import { makeSiteCopy, PROJECT_ROOT } from '../support/astro-build.ts';
import { badCase, checkTree, contentCopy, FIXTURES } from './support.ts';

// The scripts run in a copy of the fixture handbook, never in this project's own content.
const handbook = contentCopy();
afterAll(() => handbook.remove());

const run = (script: string, args: string[], cwd = handbook.root) => {
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
		cwd,
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm run new:runbook', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('writes a runbook with every section and today’s date, which the build rejects until filled in', () => {
		const site = makeSiteCopy();
		remove = site.remove;
		const { code, output } = run('new-runbook.ts', ['Kafka consumer lag'], site.root);
		expect(code, output).toBe(0);
		const text = readFileSync(
			join(site.root, 'src/content/docs/runbooks/kafka-consumer-lag.mdx'),
			'utf8',
		);
		for (const section of ['Symptoms', 'Investigate', 'Mitigate', 'Verify', 'Escalate', 'Prevent'])
			expect(text).toContain(`## ${section}\n`);
		expect(text).toContain(`lastReviewed: ${isoDay(Date.now())}`);

		const { problems } = checkTree({ content: join(site.root, 'src/content') });
		const mine = problems.filter((problem) => problem.file.endsWith('kafka-consumer-lag.mdx'));
		expect(mine.map((problem) => problem.field)).toEqual(
			expect.arrayContaining([
				'description',
				'owner',
				'services[0]',
				'symptoms[0]',
				'body, line 17',
			]),
		);
		expect(mine.every((problem) => /placeholder/.test(problem.message))).toBe(true);
	});

	test('refuses to overwrite an existing runbook', () => {
		const { code, output } = run('new-runbook.ts', ['High error rate']);
		expect(code).toBe(1);
		expect(output).toContain('already exists');
	});
});

describe('npm run check:content', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('reports an MDX syntax error with the relative path, line, column and fix, and fails', () => {
		const copy = contentCopy(badCase('mdx-syntax'));
		remove = copy.remove;
		const { code, output } = run('check-content.ts', [], copy.root);
		expect(code).toBe(1);
		expect(output).not.toContain('Content OK');
		expect(output).not.toContain(copy.root);
		expect(output).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/docs/runbooks/disk-full.mdx:19:35
			  This page is not valid MDX: Could not parse expression with acorn.
			  Fix: MDX reads \`{\` as the start of a JavaScript expression: close it with \`}\`, or write a literal brace as \`\\{\` or inside backticks.

			Not checked here: dead links and anchors, which need the built pages; \`npm run build\` checks those.
			"
		`);
	});

	test('passes good content, and says what only the build checks', () => {
		const copy = contentCopy({ content: join(FIXTURES, 'content-p0-p3') });
		remove = copy.remove;
		const { code, output } = run('check-content.ts', [], copy.root);
		expect(code, output).toBe(0);
		expect(output).toMatchInlineSnapshot(`
			"Content OK.
			Not checked here: dead links and anchors, which need the built pages; \`npm run build\` checks those.
			"
		`);
	});
});

describe('npm run check:stale', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('a runbook without `lastReviewed` is a content error, not a review due in 1970', () => {
		const copy = contentCopy(badCase('runbook-without-review-date'));
		remove = copy.remove;
		const { code, output } = run('check-stale.ts', ['--as-of', '2026-12-01'], copy.root);
		expect(code).toBe(1);
		expect(output).not.toContain('1970');
		expect(output).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/docs/runbooks/disk-full.mdx → field \`lastReviewed\`
			  This field is required but missing.
			  Fix: Add it: The date someone last checked this runbook, e.g. \`2026-11-01\`.

			check:stale reads review dates only from content that validates: fix the problems above (\`npm run check:content\` lists the same), then run it again.
			"
		`);
	});

	test('lists overdue runbooks and fails with --strict', () => {
		const { code, output } = run('check-stale.ts', ['--strict', '--as-of', '2099-01-01']);
		expect(code).toBe(1);
		expect(output).toMatch(
			/High error rate \(runbooks\/high-error-rate\): overdue by \d+ days \(due \d{4}-\d\d-\d\d\)\. Owner: Team lead\./,
		);
	});
	test('only reports without --strict', () => {
		expect(run('check-stale.ts', ['--as-of', '2099-01-01']).code).toBe(0);
	});
});

describe('npm run check:alerts', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('reports rules whose runbook_url is missing or does not resolve, and exits non-zero', () => {
		const { code, output } = run('check-alerts.ts', [
			join(PROJECT_ROOT, 'test/fixtures/prometheus/rules.yml'),
		]);
		expect(code).toBe(1);
		expect(output).toContain('✓');
		expect(output).toMatch(/✗ .*HighLatency: no runbook_url annotation/);
		expect(output).toContain('3 alert rule(s) need a working runbook_url.');
	});

	const fixture = (name: string) => join(PROJECT_ROOT, 'test/fixtures/prometheus', name);

	test('exits 0 when every alerting rule leads to the handbook', () => {
		const { code, output } = run('check-alerts.ts', [fixture('all-linked.yml')]);
		expect(code, output).toBe(0);
		expect(output).toContain('Every alert rule links to the handbook.');
		expect(output).not.toContain('✗');
	});

	test('checks PrometheusRule resources and multi-document files against the handbook', () => {
		const { code, output } = run('check-alerts.ts', [
			fixture('prometheus-rule.yaml'),
			fixture('multi-document.yaml'),
		]);
		expect(code).toBe(1);
		expect(output).toMatch(
			/✓ \S+prometheus-rule\.yaml spec\.groups\[0\]\.rules\[0\] HighErrorRate: → alert/,
		);
		expect(output).toContain(
			'ElevatedErrorRate: `ElevatedErrorRate` points at the permalink of `HighErrorRate`. Use `https://handbook.example.com/alerts/ElevatedErrorRate/`.',
		);
		expect(output).toContain('Did you mean `https://handbook.example.com/alerts/HighLatencyP95/`?');
		expect(output).toMatch(
			/✗ \S+multi-document\.yaml document 1, spec\.groups\[0\]\.rules\[1\] DatabaseConnectionPoolExhausted: .*`#mitgate`\. Did you mean `[^`]+#mitigate`\?/,
		);
		expect(output).toMatch(/RedisDown: .*Did you mean `\/runbooks\/cache-failure\/#mitigate`\?/);
		expect(output).toMatch(
			/✗ \S+multi-document\.yaml document 4: This is neither .*`kind: ConfigMap`/,
		);
		expect(output).toContain('6 alert rule(s) need a working runbook_url.');
		expect(output).toContain('1 file problem(s)');
	});

	test('refuses to check rules against content that does not validate, and says why', () => {
		const copy = contentCopy({ overlay: join(FIXTURES, 'bad-content/missing-reference') });
		remove = copy.remove;
		const { code, output } = run('check-alerts.ts', [fixture('all-linked.yml')], copy.root);
		expect(code).toBe(1);
		expect(output).toContain('✗ src/content/');
		expect(output).toContain('check:alerts checks rules against content that validates');
		expect(output).not.toContain('Every alert rule links to the handbook.');
	});

	test('reports missing files and YAML errors as file problems, one line each, and still checks the rest', () => {
		// Written at run time: a broken YAML fixture would fail `prettier --check .`.
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-alerts-'));
		remove = () => rmSync(dir, { recursive: true, force: true });
		const broken = join(dir, 'broken.yml');
		writeFileSync(
			broken,
			'groups:\n  - name: api\n    rules:\n      - alert: HighErrorRate\n     expr: up\n',
		);
		const { code, output } = run('check-alerts.ts', [
			'no-such-rules.yml',
			broken,
			fixture('all-linked.yml'),
		]);
		expect(code).toBe(1);
		expect(output).toContain('✗ no-such-rules.yml: This file does not exist.');
		expect(output).toContain(`✗ ${broken}: This is not valid YAML (line 5)`);
		expect(output).toContain('RedisMemoryHigh: → alert RedisMemoryHigh');
		expect(output).not.toContain('alert rule(s) need');
		expect(output).toContain('2 file problem(s)');
	});

	test('under `npm run`, reads paths from the directory it was started in', () => {
		const result = spawnSync(
			process.execPath,
			[join(PROJECT_ROOT, 'scripts/check-alerts.ts'), 'all-linked.yml'],
			{
				cwd: handbook.root,
				encoding: 'utf8',
				env: {
					...process.env,
					npm_lifecycle_event: 'check:alerts',
					INIT_CWD: join(PROJECT_ROOT, 'test/fixtures/prometheus'),
				},
			},
		);
		expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
		expect(result.stdout).toContain('✓ all-linked.yml groups[0].rules[1] RedisMemoryHigh');
	});
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makeSiteCopy, PROJECT_ROOT } from '../support/astro-build.ts';
import { checkTree } from './support.ts';

const run = (script: string, args: string[], cwd = PROJECT_ROOT) => {
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
		expect(text).toContain(`lastReviewed: ${new Date().toISOString().slice(0, 10)}`);

		const { problems } = checkTree({ content: join(site.root, 'src/content') });
		const mine = problems.filter((problem) => problem.file.endsWith('kafka-consumer-lag.mdx'));
		expect(mine.map((problem) => problem.field)).toEqual(
			expect.arrayContaining([
				'description',
				'owner',
				'services[0]',
				'symptoms[0]',
				'body, line 15',
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

describe('npm run check:stale', () => {
	test('lists overdue runbooks and fails with --strict', () => {
		const { code, output } = run('check-stale.ts', ['--strict', '--as-of', '2099-01-01']);
		expect(code).toBe(1);
		expect(output).toMatch(
			/High error rate \(runbooks\/high-error-rate\): due \d{4}-\d\d-\d\d, \d+ days overdue\. Owner: Team lead\./,
		);
	});
	test('only reports without --strict', () => {
		expect(run('check-stale.ts', ['--as-of', '2099-01-01']).code).toBe(0);
	});
});

describe('npm run check:alerts', () => {
	test('reports rules whose runbook_url is missing or does not resolve, and exits non-zero', () => {
		const { code, output } = run('check-alerts.ts', [
			join(PROJECT_ROOT, 'test/fixtures/prometheus/rules.yml'),
		]);
		expect(code).toBe(1);
		expect(output).toContain('✓');
		expect(output).toMatch(/✗ .*HighLatency: no runbook_url annotation/);
		expect(output).toContain('3 alert rule(s) need a working runbook_url.');
	});
});

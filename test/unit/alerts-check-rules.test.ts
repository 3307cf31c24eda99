import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkRules } from '../../src/lib/alerts/check-rules.ts';

const links = {
	alerts: new Set(['HighErrorRate']),
	runbooks: new Set(['runbooks/high-error-rate']),
	siteUrl: 'https://handbook.example.com',
};
const rules = parse(
	readFileSync(join(import.meta.dirname, '../fixtures/prometheus/rules.yml'), 'utf8'),
);

describe('checkRules on a realistic Prometheus rules file', () => {
	const results = checkRules(rules, links);
	const byAlert = Object.fromEntries(results.map((result) => [result.alert, result]));

	test('checks alerting rules and skips recording rules', () => {
		expect(results.map((result) => result.alert)).toEqual([
			'HighErrorRate',
			'ApiErrorsByRunbookPath',
			'HighLatency',
			'PostgresDown',
			'ReplicationLag',
		]);
	});
	test('accepts an alert permalink and a runbook URL with a section', () => {
		expect(byAlert.HighErrorRate).toMatchObject({ ok: true, message: '→ alert HighErrorRate' });
		expect(byAlert.ApiErrorsByRunbookPath).toMatchObject({
			ok: true,
			message: '→ runbook runbooks/high-error-rate',
		});
	});
	test('reports a missing runbook_url, another host, and an unknown alert', () => {
		expect(byAlert.HighLatency).toMatchObject({ ok: false, location: 'groups[0].rules[3]' });
		expect(byAlert.HighLatency!.message).toMatch(/no runbook_url annotation/);
		expect(byAlert.PostgresDown!.message).toMatch(/not on the handbook/);
		expect(byAlert.ReplicationLag!.message).toMatch(/no alert `ReplicationLagTooHigh`/);
	});
	test('refuses a file that is not a rules file', () => {
		expect(() => checkRules({ scrape_configs: [] }, links)).toThrow(/no `groups:` list/);
	});
});

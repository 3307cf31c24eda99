import { expect, inject, test } from 'vitest';
import { sharedBrowser } from '../support/browser-session.ts';

const baseUrl = inject('baseUrl');
const chromium = sharedBrowser();

test('an alert permalink sends the reader to the runbook section, even with JavaScript off', async () => {
	const context = await chromium.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseUrl}/alerts/DatabaseConnectionPoolExhausted/`);
	await page.waitForURL('**/runbooks/database-connection-pool-exhausted/#mitigate');
	expect(await page.locator('h1').first().textContent()).toBe('Database connection pool exhausted');
	await context.close();
});

test('alerts.json lists every alert with its permalink and runbook', async () => {
	const alerts = (await (await fetch(`${baseUrl}/alerts.json`)).json()) as {
		id: string;
		permalink: string;
		runbook: string;
	}[];
	const pool = alerts.find((alert) => alert.id === 'DatabaseConnectionPoolExhausted');
	expect(pool).toMatchObject({
		permalink: 'https://handbook.example.com/alerts/DatabaseConnectionPoolExhausted/',
		runbook: 'https://handbook.example.com/runbooks/database-connection-pool-exhausted/#mitigate',
		severity: 'sev2',
	});
	expect(new Set(alerts.map((alert) => alert.id)).size).toBe(alerts.length);
});

test('the alerts page lists every alert and its runbook', async () => {
	const html = await (await fetch(`${baseUrl}/alerts/`)).text();
	const alerts = (await (await fetch(`${baseUrl}/alerts.json`)).json()) as { id: string }[];
	for (const alert of alerts) expect(html).toContain(`href="/alerts/${alert.id}/"`);
});

import { describe, expect, inject, test } from 'vitest';
import { sharedBrowser } from '../support/browser-session.ts';

const chromium = sharedBrowser();

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	test('every alert permalink reaches its runbook section, with JavaScript off', async () => {
		const alerts = (await (await fetch(`${baseUrl}/alerts.json`)).json()) as {
			id: string;
			permalink: string;
			runbook: string;
		}[];
		expect(new Set(alerts.map((alert) => alert.id)).size).toBe(alerts.length);
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const failures: string[] = [];
		for (const alert of alerts) {
			const target = new URL(alert.runbook);
			await page.goto(new URL(new URL(alert.permalink).pathname, baseUrl).href);
			await page.waitForURL((url) => url.pathname === target.pathname);
			const landed = new URL(page.url());
			if (landed.hash !== target.hash) failures.push(`${alert.id}: landed on ${landed.hash}`);
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (anchor && !(await page.locator(`[id="${anchor}"]`).count())) {
				failures.push(`${alert.id}: no #${anchor} on ${target.pathname}`);
			}
		}
		await context.close();
		expect(failures).toEqual([]);
	});

	test('every alert permalink typed in another case still reaches its runbook', async () => {
		const alerts = (await (await fetch(`${baseUrl}/alerts.json`)).json()) as {
			id: string;
			runbook: string;
		}[];
		const folded = (id: string) => id.toLowerCase();
		// Names that two alerts share but for case are not guessed between.
		const unique = alerts.filter(
			(alert) => alerts.filter((other) => folded(other.id) === folded(alert.id)).length === 1,
		);
		expect(unique.length).toBeGreaterThan(0);
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		const failures: string[] = [];
		for (const alert of unique) {
			for (const typed of [`/alerts/${folded(alert.id)}/`, `/alerts/${alert.id.toUpperCase()}`]) {
				const target = new URL(alert.runbook).pathname;
				await page.goto(new URL(typed, baseUrl).href);
				try {
					await page.waitForURL((url) => url.pathname === target, { timeout: 5_000 });
				} catch {
					failures.push(`${typed} stayed on ${new URL(page.url()).pathname}`);
				}
			}
		}
		await context.close();
		expect(failures).toEqual([]);
	});

	test('an unknown alert name stays on “page not found”, which links to the alerts list', async () => {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/alerts/no-such-alert-anywhere/`, { waitUntil: 'networkidle' });
		expect(new URL(page.url()).pathname).toBe('/alerts/no-such-alert-anywhere/');
		await expect.poll(() => page.locator('main a[href="/alerts/"]').isVisible()).toBe(true);
		await context.close();
	});
});

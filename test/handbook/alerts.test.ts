import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(inject('handbooks'))('$name', ({ baseUrl }) => {
	test('every alert permalink reaches its runbook section, with JavaScript off', async () => {
		const alerts = (await (await fetch(`${baseUrl}/alerts.json`)).json()) as {
			id: string;
			permalink: string;
			runbook: string;
		}[];
		expect(new Set(alerts.map((alert) => alert.id)).size).toBe(alerts.length);
		const context = await browser.newContext({ javaScriptEnabled: false });
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
});

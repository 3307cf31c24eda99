import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './chromium.ts';
import { watchPage } from './page-watch.ts';

export interface SessionOptions {
	context?: BrowserContextOptions;
	/** Let the page read and write the clipboard, as a user who allowed it. */
	clipboard?: boolean;
	/** Install Playwright's fake clock at this time before anything loads. */
	clock?: Date;
}

export interface BrowserSession {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	watch: ReturnType<typeof watchPage>;
}

/**
 * One browser for the test file: launched before its tests, closed after them. For tests that
 * open their own contexts (several per test, or one kept across tests); `browserSession` gives
 * each test a watched page instead. The returned object holds the browser once tests run.
 */
export function sharedBrowser(): { readonly browser: Browser } {
	const shared = {} as { browser: Browser };
	beforeAll(async () => {
		shared.browser = await launchChromium();
		// Vitest calls what a beforeAll returns after the tests: only a browser that launched.
		return () => shared.browser.close();
	});
	return shared;
}

/**
 * One browser per test file and a fresh context and page per test, watched: a test fails if its
 * page logged a console error, requested another origin or opened a dialog. Written once for
 * every browser test; the returned object always holds the current test's page.
 */
export function browserSession(baseUrl: string, options: SessionOptions = {}): BrowserSession {
	const shared = sharedBrowser();
	const session = {
		get browser() {
			return shared.browser;
		},
	} as BrowserSession;
	beforeEach(async () => {
		session.context = await session.browser.newContext(options.context);
		if (options.clipboard) {
			await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: baseUrl,
			});
		}
		if (options.clock) await session.context.clock.install({ time: options.clock });
		session.page = await session.context.newPage();
		session.watch = watchPage(session.page, baseUrl);
	});
	afterEach(async () => {
		await session.context.close();
		expect(session.watch.consoleErrors).toEqual([]);
		expect(session.watch.offOrigin).toEqual([]);
		expect(session.watch.dialogs).toEqual([]);
	});
	return session;
}

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
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
 * One browser per test file and a fresh context and page per test, watched: a test fails if its
 * page logged a console error, requested another origin or opened a dialog. Written once for
 * every browser test; the returned object always holds the current test's page.
 */
export function browserSession(baseUrl: string, options: SessionOptions = {}): BrowserSession {
	const session = {} as BrowserSession;
	beforeAll(async () => {
		session.browser = await launchChromium();
	});
	afterAll(() => session.browser?.close());
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

import type { Page } from 'playwright-core';

/**
 * Records what a page does that it must not: console errors, uncaught exceptions, any request
 * to another origin (the handbook must work with the internet down), and any dialog (an
 * `alert()` would mean typed text ran as code). Dialogs are dismissed so the page goes on.
 */
export function watchPage(page: Page, baseUrl: string) {
	const origin = new URL(baseUrl).origin;
	const consoleErrors: string[] = [];
	const offOrigin: string[] = [];
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${page.url()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
	page.on('request', (request) => {
		if (isOtherOrigin(request.url(), origin)) offOrigin.push(`${page.url()} → ${request.url()}`);
	});
	return { consoleErrors, offOrigin, dialogs };
}

/** Whether a request goes to another origin than `origin`; `data:` and `blob:` URLs never do. */
export function isOtherOrigin(requestUrl: string, origin: string): boolean {
	const url = new URL(requestUrl);
	return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
}

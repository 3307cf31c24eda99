// What a page costs a reader in a real browser: every response it loads, sorted by type and
// gzipped (as any static host sends them), and when its content appears (DOMContentLoaded and
// Largest Contentful Paint), in headless Chromium. For `npm run bench`; not a test.
import type { Browser, Response } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export type TransferKind = 'html' | 'js' | 'css' | 'other';

export interface PageTransfer {
	page: string;
	/** Gzipped bytes by kind, and their sum. */
	gzip: Record<TransferKind, number>;
	totalGzip: number;
	requests: number;
	domContentLoadedMs: number;
	/** Largest Contentful Paint; undefined when Chromium reported none. */
	lcpMs: number | undefined;
}

function kindOf(response: Response): TransferKind {
	const type = response.request().resourceType();
	const contentType = response.headers()['content-type'] ?? '';
	if (type === 'document' || contentType.includes('text/html')) return 'html';
	if (type === 'script' || contentType.includes('javascript')) return 'js';
	if (type === 'stylesheet' || contentType.includes('text/css')) return 'css';
	return 'other';
}

/**
 * Loads `origin + page` in a fresh context (empty cache, service worker blocked: its precaching
 * of the whole offline shell is not what the page costs) and waits until the network is idle.
 */
export async function measurePageTransfer(
	browser: Browser,
	origin: string,
	page: string,
): Promise<PageTransfer> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const tab = await context.newPage();
		const bodies: Promise<{ kind: TransferKind; gzip: number }>[] = [];
		tab.on('response', (response) => {
			if (response.status() >= 300 && response.status() < 400) return;
			bodies.push(
				response
					.body()
					.then((body) => ({ kind: kindOf(response), gzip: gzipSync(body, { level: 9 }).length }))
					.catch(() => ({ kind: kindOf(response), gzip: 0 })),
			);
		});
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		const timing = await tab.evaluate(
			() =>
				new Promise<{ dcl: number; lcp: number | undefined }>((resolve) => {
					const [navigation] = performance.getEntriesByType(
						'navigation',
					) as PerformanceNavigationTiming[];
					const dcl = navigation?.domContentLoadedEventEnd ?? 0;
					let lcp: number | undefined;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) lcp = entry.startTime;
					}).observe({ type: 'largest-contentful-paint', buffered: true });
					// Buffered entries arrive in a task after observe(); give them one.
					setTimeout(() => {
						resolve({ dcl, lcp });
					}, 50);
				}),
		);
		const gzip: Record<TransferKind, number> = { html: 0, js: 0, css: 0, other: 0 };
		const loaded = await Promise.all(bodies);
		for (const { kind, gzip: bytes } of loaded) gzip[kind] += bytes;
		return {
			page,
			gzip,
			totalGzip: gzip.html + gzip.js + gzip.css + gzip.other,
			requests: loaded.length,
			domContentLoadedMs: timing.dcl,
			lcpMs: timing.lcp,
		};
	} finally {
		await context.close();
	}
}

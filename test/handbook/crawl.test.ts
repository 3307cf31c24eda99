import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { projectHeaderRules, serveWithHeaders } from '../support/host-headers.ts';
import { watchPage } from '../support/page-watch.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { cspRecordingContext, explainViolation } from './support/csp-recorder.ts';

// One visit per page, as a reader on a phone gets it from a static host (public/_headers' headers
// on top of each page's own <meta> policy), and everything a page must never do, checked on it:
// no error status, no console error, no request to another origin (the handbook must work with
// the internet down), no Content-Security-Policy violation, no sideways scrolling (WCAG 1.4.10).
const SMALLEST = { width: 320, height: 640 };
const PHONES = [SMALLEST, { width: 360, height: 740 }];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
	// Vitest calls what a beforeAll returns after the file's tests: only a browser that launched.
	return () => browser.close();
});

describe.each(inject('handbooks'))('$name', ({ distDir }) => {
	const found = {
		paths: [] as string[],
		statuses: [] as string[],
		consoleErrors: [] as string[],
		offOrigin: [] as string[],
		csp: [] as string[],
		wide: new Map(PHONES.map(({ width }) => [width, [] as string[]])),
	};

	beforeAll(async () => {
		const site = await serveWithHeaders(distDir, projectHeaderRules());
		try {
			const { context, violations } = await cspRecordingContext(browser, { viewport: SMALLEST });
			const page = await context.newPage();
			const watch = watchPage(page, site.url);
			found.paths = await sitemapPaths(site.url);
			for (const path of found.paths) {
				const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
				if (response?.status() !== 200)
					found.statuses.push(`${path}: HTTP ${String(response?.status())}`);
				// Each phone width on the same load: a resize lays the page out again.
				for (const viewport of PHONES) {
					await page.setViewportSize(viewport);
					const width = await page.evaluate(() => document.documentElement.scrollWidth);
					if (width > viewport.width)
						found.wide.get(viewport.width)?.push(`${path} is ${String(width)} px wide`);
				}
				await page.setViewportSize(SMALLEST);
			}
			// The page a mistyped address gets.
			await page.goto(new URL('/no-such-page/', site.url).href, { waitUntil: 'load' });
			await context.close();
			found.consoleErrors = watch.consoleErrors;
			found.offOrigin = watch.offOrigin;
			found.csp = violations.map(explainViolation);
		} finally {
			await site.close();
		}
	});

	test('the sitemap lists the pages, the binder included', () => {
		expect(found.paths.length).toBeGreaterThan(3);
		expect(found.paths).toContain('/print/');
	});

	test('every page in the sitemap loads with status 200', () => {
		expect(found.statuses).toEqual([]);
	});

	test('no page logs a console error or asks another origin for anything', () => {
		expect(found.consoleErrors).toEqual([]);
		expect(found.offOrigin).toEqual([]);
	});

	test('no page breaks the Content-Security-Policy, with the headers hosts send', () => {
		expect(found.csp).toEqual([]);
	});

	test.each(PHONES)(
		'no page in the sitemap is wider than a $width × $height screen',
		({ width }) => {
			expect(found.wide.get(width)).toEqual([]);
		},
	);
});

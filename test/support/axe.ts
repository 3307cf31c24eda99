import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core itself, run in the page. @axe-core/playwright was 5–7× slower per check (3–5 s of
// overhead each: it finishes every run in a new blank page, built for cross-origin frames, which
// these pages do not have), and the a11y crawl ran it on every page.
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Starlight's own search button is left out: axe 4.14 flags its visible "Search Ctrl K" against
 * its accessible name (a known upstream mismatch).
 */
const EXCLUDE = ['site-search > button'];

interface Violation {
	id: string;
	help: string;
	targets: string[];
}

/**
 * axe with WCAG 2.2 AA rules, or only `rules` when given, on the page as it is now. The page's
 * frames are not checked: the handbook has none.
 */
export async function axeViolations(
	page: Page,
	{ rules }: { rules?: string[] } = {},
): Promise<Violation[]> {
	// Injected through DevTools, so the page's Content-Security-Policy does not apply to it.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ exclude, runOnly }) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			const results = await axe.run(
				{ exclude: exclude.map((selector) => [selector]) },
				{ runOnly, resultTypes: ['violations'] },
			);
			return results.violations.map((violation) => ({
				id: violation.id,
				help: violation.help,
				targets: violation.nodes.map((node) => node.target.join(' ')),
			}));
		},
		{
			exclude: EXCLUDE,
			runOnly: rules
				? ({ type: 'rule', values: rules } as const)
				: ({ type: 'tag', values: WCAG_22_AA } as const),
		},
	);
}

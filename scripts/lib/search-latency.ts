// How long the site's search takes to answer, in headless Chromium: the page's own Pagefind
// (`/pagefind/pagefind.js`), timed around `pagefind.search()`. Cold is the first query in a fresh
// browser context (empty cache: Pagefind loads its WebAssembly, metadata and the index chunk);
// warm is each later query of another word (its chunk may still need loading). For `npm run bench`.
import type { Browser } from 'playwright-core';

export interface SearchLatency {
	coldMs: number;
	/** Median of the warm queries, and each one. */
	warmMs: number;
	warmEachMs: number[];
	/** Results for the cold query: a search that finds nothing is not a measurement. */
	coldResults: number;
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (index: number) => sorted[index] ?? Number.NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};

/**
 * Opens the home page under `base` (it has the search box, and its policy lets Pagefind's
 * WebAssembly run) and runs `queries` in order: the first cold, the rest warm.
 */
export async function measureSearch(
	browser: Browser,
	origin: string,
	queries: readonly string[],
	base = '/',
): Promise<SearchLatency> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const tab = await context.newPage();
		await tab.goto(origin + base, { waitUntil: 'networkidle' });
		const script = `${origin}${base}pagefind/pagefind.js`;
		const { cold, coldResults, warm } = await tab.evaluate(
			async ({ words, url }) => {
				interface Pagefind {
					search(query: string): Promise<{ results: unknown[] }>;
				}
				const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
				const [first = '', ...rest] = words;
				let started = performance.now();
				const found = await pagefind.search(first);
				const coldMs = performance.now() - started;
				const warmMs: number[] = [];
				for (const word of rest) {
					started = performance.now();
					await pagefind.search(word);
					warmMs.push(performance.now() - started);
				}
				return { cold: coldMs, coldResults: found.results.length, warm: warmMs };
			},
			{ words: queries, url: script },
		);
		return { coldMs: cold, warmMs: median(warm), warmEachMs: warm, coldResults };
	} finally {
		await context.close();
	}
}

// How long the site's search takes to answer, in headless Chromium: the page's own Pagefind
// (`/pagefind/pagefind.js`), timed around `pagefind.search()`. Three figures:
// - cold: the first query in a fresh browser context (empty cache: Pagefind starts its worker
//   and WebAssembly and loads its metadata and the word's index chunk);
// - warm: a later query of another word, whose index chunk Pagefind must still fetch and decode
//   (most of the time, at scale: a word already loaded answers in a few milliseconds);
// - preloaded: a later query whose chunk was loaded with `pagefind.preload()` first, as the
//   search box does while the reader is still typing (Pagefind's UI waits 300 ms after the last
//   key, and preloads in that time): what a reader waits for once they stop typing.
// For `npm run bench`.
import type { Browser } from 'playwright-core';

export interface SearchLatency {
	coldMs: number;
	/** Results for the cold query: a search that finds nothing is not a measurement. */
	coldResults: number;
	/** Median of the warm queries, and each one. */
	warmMs: number;
	warmEachMs: number[];
	/** Median of the preloaded queries, and each one. */
	preloadedMs: number;
	preloadedEachMs: number[];
	/** The fewest results any query had. */
	fewestResults: number;
}

export interface SearchQueries {
	cold: string;
	/** Each a word no earlier query loaded the index chunk of. */
	warm: readonly string[];
	preloaded: readonly string[];
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (index: number) => sorted[index] ?? Number.NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};

/**
 * Opens the home page under `base` (it has the search box, and its policy lets Pagefind's
 * WebAssembly run) and runs the queries in order: cold, warm, then preloaded.
 */
export async function measureSearch(
	browser: Browser,
	origin: string,
	queries: SearchQueries,
	base = '/',
): Promise<SearchLatency> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const tab = await context.newPage();
		await tab.goto(origin + base, { waitUntil: 'networkidle' });
		const script = `${origin}${base}pagefind/pagefind.js`;
		const timed = await tab.evaluate(
			async ({ words, url }) => {
				interface Pagefind {
					search(query: string): Promise<{ results: unknown[] }>;
					preload(query: string): Promise<void>;
				}
				const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
				const time = async (word: string) => {
					const started = performance.now();
					const found = await pagefind.search(word);
					return { ms: performance.now() - started, results: found.results.length };
				};
				const cold = await time(words.cold);
				const warm = [];
				for (const word of words.warm) warm.push(await time(word));
				const preloaded = [];
				for (const word of words.preloaded) {
					await pagefind.preload(word);
					preloaded.push(await time(word));
				}
				return { cold, warm, preloaded };
			},
			{ words: queries, url: script },
		);
		const all = [timed.cold, ...timed.warm, ...timed.preloaded];
		return {
			coldMs: timed.cold.ms,
			coldResults: timed.cold.results,
			warmMs: median(timed.warm.map((one) => one.ms)),
			warmEachMs: timed.warm.map((one) => one.ms),
			preloadedMs: median(timed.preloaded.map((one) => one.ms)),
			preloadedEachMs: timed.preloaded.map((one) => one.ms),
			fewestResults: Math.min(...all.map((one) => one.results)),
		};
	} finally {
		await context.close();
	}
}

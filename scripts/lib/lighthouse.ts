// Lighthouse scores for `npm run bench`, where the `lighthouse` package is installed. It is not a
// dependency: it brings over a hundred packages to every install for a measurement few runs need
// (`npm install --no-save lighthouse` adds it for one run). Lighthouse drives Chromium through its
// DevTools port, so this starts the system Chromium with one and hands Lighthouse the port.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../test/support/chromium.ts';

export const LIGHTHOUSE_CATEGORIES = [
	'performance',
	'accessibility',
	'best-practices',
	'seo',
] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** The part of Lighthouse's Node API this uses (`lighthouse(url, flags)`). */
type RunLighthouse = (
	url: string,
	flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
) => Promise<
	{ lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined
>;

export interface LighthouseResult {
	page: string;
	/** 0–100 per category; null where Lighthouse could not score it. */
	scores: Record<LighthouseCategory, number | null>;
}

/** Lighthouse's entry point, or undefined when the package is not installed. */
export async function loadLighthouse(): Promise<RunLighthouse | undefined> {
	try {
		const name = 'lighthouse'; // not a dependency: a variable keeps TypeScript from resolving it
		return ((await import(name)) as { default: RunLighthouse }).default;
	} catch {
		return undefined;
	}
}

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('No free port for Chromium’s DevTools.'));
			});
		});
	});

/** Runs Lighthouse (its default: a throttled phone) on each page of the site at `origin`. */
export async function lighthouseScores(
	lighthouse: RunLighthouse,
	origin: string,
	pages: readonly string[],
): Promise<LighthouseResult[]> {
	const port = await freePort();
	const profile = mkdtempSync(join(tmpdir(), 'firebreak-lighthouse-'));
	const chrome = spawn(
		findChromium(),
		[...CHROMIUM_ARGS, `--remote-debugging-port=${String(port)}`, `--user-data-dir=${profile}`],
		// Its own process group, so its helper processes (renderers, zygote) stop with it.
		{ stdio: ['ignore', 'ignore', 'pipe'], detached: true },
	);
	try {
		await new Promise<void>((resolve, reject) => {
			let output = '';
			chrome.stderr.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('DevTools listening on')) resolve();
			});
			chrome.on('exit', (code) => {
				reject(new Error(`Chromium exited (${String(code)}) before it listened:\n${output}`));
			});
		});
		const results: LighthouseResult[] = [];
		for (const page of pages) {
			const run = await lighthouse(new URL(page, origin).href, {
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...LIGHTHOUSE_CATEGORIES],
			});
			const score = (category: LighthouseCategory) => {
				const value = run?.lhr.categories[category]?.score;
				return typeof value === 'number' ? Math.round(value * 100) : null;
			};
			results.push({
				page,
				scores: Object.fromEntries(
					LIGHTHOUSE_CATEGORIES.map((category) => [category, score(category)]),
				) as Record<LighthouseCategory, number | null>,
			});
		}
		return results;
	} finally {
		// Chromium writes to its profile until every process of it has exited: stop the group,
		// wait, then remove the profile (a leftover temporary directory is not worth a failed run).
		if (chrome.exitCode === null && chrome.signalCode === null && chrome.pid !== undefined) {
			const exited = once(chrome, 'exit');
			process.kill(-chrome.pid, 'SIGTERM');
			await exited;
		}
		try {
			rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
		} catch (error) {
			console.warn(`Could not remove Chromium's profile ${profile}: ${String(error)}`);
		}
	}
}

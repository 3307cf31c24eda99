// `npm run bench`: what the handbook costs a reader and how its build scales. Not a test: it
// prints a table, checks the targets in scripts/lib/budgets.ts, and writes everything it measured
// to .tmp/bench.json. Targets are checked here, not in timed tests, so a slow CI machine cannot
// make tests flaky (test/e2e/weight.test.ts holds the page-weight ceilings from the same file).
//
//   npm run bench                      pages, island budgets, scale (1,000 and 3,000 runbooks)
//   npm run bench -- --only-pages      this handbook's pages only (no generated handbooks)
//   npm run bench -- --no-scale        the same
//   npm run bench -- --only-scale      generated handbooks only
//   npm run bench -- --sizes=500,1000  other handbook sizes
//   npm run bench -- --no-build        reuse the last page build (.tmp/bench/dist)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import {
	BUILD_MS_PER_PAGE,
	BUILD_PEAK_MB,
	FILLER_ISLAND_BYTES,
	ISLAND_BUDGETS,
	READING_PAGE_ISLAND_BYTES,
	RUNBOOK_PAGE_TRANSFER_BYTES,
	SCALE_RUNBOOKS,
	SEARCH_COLD_MS,
	SEARCH_WARM_MS,
} from './lib/budgets.ts';
import { measureBuild, type BuildMeasurement } from './lib/measure-build.ts';
import { measurePageTransfer, type PageTransfer } from './lib/page-transfer.ts';
import { pageWeight } from './lib/page-weight.ts';
import {
	LIGHTHOUSE_CATEGORIES,
	lighthouseScores,
	loadLighthouse,
	type LighthouseResult,
} from './lib/lighthouse.ts';
import { measureSearch, type SearchLatency, type SearchQueries } from './lib/search-latency.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const runPages = !flag('only-scale');
const runScale = !flag('only-pages') && !flag('no-scale');
const sizes = (
	args.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length) ?? '1000,3000'
)
	.split(',')
	.map(Number)
	.filter((size) => Number.isInteger(size) && size > 0);
// Its own output directory, so a bench run never replaces the `dist/` someone is previewing.
const benchDir = join(root, '.tmp/bench');
const dist = join(benchDir, 'dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | undefined) =>
	value === undefined ? '–' : `${String(Math.round(value))} ms`;

interface Target {
	what: string;
	actual: number;
	target: number;
	unit: 'KB' | 'ms' | 'MB';
}
const targets: Target[] = [];
const report: Record<string, unknown> = { measuredAt: new Date().toISOString(), args };

/** The key pages of each type, as this build has them. */
function pageTypes(distDir: string): [string, string][] {
	const firstDir = (path: string) =>
		existsSync(join(distDir, path))
			? readdirSync(join(distDir, path), { withFileTypes: true })
					.filter((entry) => entry.isDirectory())
					.map((entry) => entry.name)
					.sort()[0]
			: undefined;
	const runbook = existsSync(join(distDir, 'runbooks/high-error-rate'))
		? 'high-error-rate'
		: firstDir('runbooks');
	const filler = firstDir('tools/templates');
	const pages: [string, string | undefined][] = [
		['home', '/'],
		['runbook', runbook && `/runbooks/${runbook}/`],
		['runbooks index', '/runbooks/'],
		['severity matrix', '/process/severity-matrix/'],
		['calculator', '/tools/severity/'],
		['incident clock', '/tools/incident-clock/'],
		['template filler', filler && `/tools/templates/${filler}/`],
	];
	return pages.filter(
		(entry): entry is [string, string] =>
			entry[1] !== undefined && existsSync(join(distDir, entry[1], 'index.html')),
	);
}

async function benchPages(browser: Browser) {
	if (!flag('no-build') || !existsSync(dist)) {
		const started = performance.now();
		mkdirSync(benchDir, { recursive: true });
		const build = spawnSync(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
			{ encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
		);
		if (build.status !== 0) {
			// The build's own report says what to fix; the benchmark has nothing to add to it.
			process.stderr.write(`${build.stdout}${build.stderr}`);
			throw new Error('The build of this handbook failed (its log is above).');
		}
		const seconds = (performance.now() - started) / 1000;
		console.log(`Build of this handbook: ${seconds.toFixed(1)} s`);
		report.handbookBuildSeconds = seconds;
	}
	const pages = pageTypes(dist);
	const server = await serveStatic(dist, undefined, { compress: true });
	const measured: (PageTransfer & { type: string })[] = [];
	try {
		for (const [type, page] of pages) {
			measured.push({ type, ...(await measurePageTransfer(browser, server.url, page)) });
		}
	} finally {
		await server.close();
	}
	console.log(
		'\nWhat each page type costs a reader (gzip, service worker blocked; headless Chromium):',
	);
	console.table(
		measured.map((row) => ({
			type: row.type,
			page: row.page,
			HTML: kb(row.gzip.html),
			JS: kb(row.gzip.js),
			CSS: kb(row.gzip.css),
			other: kb(row.gzip.other),
			total: kb(row.totalGzip),
			requests: row.requests,
			DCL: ms(row.domContentLoadedMs),
			LCP: ms(row.lcpMs),
		})),
	);
	report.pages = measured;
	const runbook = measured.find((row) => row.type === 'runbook');
	if (runbook)
		targets.push({
			what: `runbook page total transfer (${runbook.page})`,
			actual: runbook.totalGzip / 1024,
			target: RUNBOOK_PAGE_TRANSFER_BYTES / 1024,
			unit: 'KB',
		});
	islandBudgets(pages);
}

/** Island JavaScript per page against the budgets test/e2e/weight.test.ts also enforces. */
function islandBudgets(pages: [string, string][]) {
	const runbook = pages.find(([type]) => type === 'runbook')?.[1];
	const fillers = readdirSync(join(dist, 'tools/templates'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/tools/templates/${entry.name}/`);
	const budgets = [
		...(runbook ? [{ page: runbook, targetBytes: READING_PAGE_ISLAND_BYTES }] : []),
		...ISLAND_BUDGETS,
		...fillers.map((page) => ({ page, targetBytes: FILLER_ISLAND_BYTES })),
	].map((budget) => ({ ...budget, actual: pageWeight(dist, budget.page).islandJsGzip }));
	report.islandJs = budgets;
	console.log('\nIsland JavaScript (gzip) against its budget:');
	for (const budget of budgets) {
		const met = budget.actual <= budget.targetBytes;
		console.log(
			`  ${met ? '✓' : '✗'} ${budget.page}: ${kb(budget.actual)} (target ${kb(budget.targetBytes)}` +
				(met ? ')' : `, ${kb(budget.actual - budget.targetBytes)} over)`),
		);
	}
}

/** The numbers of a build, without its site copy. */
function withoutSite(build: BuildMeasurement): Omit<BuildMeasurement, 'root' | 'remove' | 'log'> {
	const numbers: Partial<BuildMeasurement> = { ...build };
	delete numbers.root;
	delete numbers.remove;
	delete numbers.log;
	return numbers as Omit<BuildMeasurement, 'root' | 'remove' | 'log'>;
}

/**
 * Queries on the generated runbooks (scripts/lib/generate-runbooks.ts): words each twelfth
 * runbook has, so each matches 8 % of the handbook, and each sits in an index chunk of its own.
 */
const QUERIES: SearchQueries = {
	cold: 'certificate',
	warm: ['gateway', 'scheduler', 'webhook'],
	preloaded: ['ledger', 'resolver', 'bucket'],
};

async function benchScale(browser: Browser) {
	const rows: (Omit<BuildMeasurement, 'root' | 'remove' | 'log'> & { search?: SearchLatency })[] =
		[];
	for (const size of sizes) {
		console.log(`\nBuilding a copy with ${String(size)} generated runbooks…`);
		const build = await measureBuild(size, { keep: true });
		const logFile = join(benchDir, `build-${String(size)}-runbooks.log`);
		mkdirSync(benchDir, { recursive: true });
		writeFileSync(logFile, build.log);
		console.log(`  build log: ${logFile}`);
		try {
			const server = await serveStatic(join(build.root, 'dist'), undefined, { compress: true });
			let search: SearchLatency | undefined;
			try {
				search = await measureSearch(browser, server.url, QUERIES);
			} finally {
				await server.close();
			}
			rows.push({ ...withoutSite(build), search });
		} finally {
			build.remove();
		}
	}
	console.log('\nBuild and search at scale (wall time on this machine; noisy when it is busy):');
	console.table(
		rows.map((row) => ({
			runbooks: row.runbooks,
			pages: row.pages,
			'build s': row.seconds.toFixed(1),
			'ms/page': row.msPerPage.toFixed(1),
			'CPU s': row.cpuSeconds?.toFixed(1) ?? '–',
			'peak MB': row.peakMb?.toFixed(0) ?? '–',
			'log lines': row.logLines,
			warnings: row.warnings,
			'search cold': ms(row.search?.coldMs),
			'search warm': ms(row.search?.warmMs),
			'search preloaded': ms(row.search?.preloadedMs),
			'fewest hits': row.search?.fewestResults ?? '–',
		})),
	);
	report.scale = rows;
	const atScale = rows.find((row) => row.runbooks === SCALE_RUNBOOKS);
	if (!atScale) return;
	const at = `at ${String(SCALE_RUNBOOKS)} runbooks`;
	targets.push({
		what: `build time per page ${at}`,
		actual: atScale.msPerPage,
		target: BUILD_MS_PER_PAGE,
		unit: 'ms',
	});
	if (atScale.peakMb !== undefined)
		targets.push({
			what: `build peak memory ${at}`,
			actual: atScale.peakMb,
			target: BUILD_PEAK_MB,
			unit: 'MB',
		});
	if (atScale.search) {
		targets.push(
			{
				what: `search, cold ${at}`,
				actual: atScale.search.coldMs,
				target: SEARCH_COLD_MS,
				unit: 'ms',
			},
			{
				what: `search, warm (index chunk still to load) ${at}`,
				actual: atScale.search.warmMs,
				target: SEARCH_WARM_MS,
				unit: 'ms',
			},
			{
				what: `search, warm (chunk preloaded while typing, as the search box does) ${at}`,
				actual: atScale.search.preloadedMs,
				target: SEARCH_WARM_MS,
				unit: 'ms',
			},
		);
	}
}

/**
 * Lighthouse scores for the home page, a runbook and every tool page, only where the package is
 * installed (scripts/lib/lighthouse.ts says why it is not a dependency). The target is 100 in
 * every category.
 */
async function benchLighthouse() {
	const lighthouse = await loadLighthouse();
	if (!lighthouse) {
		console.log('\nLighthouse: not installed (`npm install --no-save lighthouse` for one run)');
		report.lighthouse = 'not installed';
		return;
	}
	if (!existsSync(dist)) {
		console.log('\nLighthouse: no page build to score (run without --only-scale)');
		report.lighthouse = 'no build';
		return;
	}
	const runbook = pageTypes(dist).find(([type]) => type === 'runbook')?.[1];
	const tools = ['/tools/severity/', '/tools/incident-clock/', '/tools/templates/'];
	const fillers = readdirSync(join(dist, 'tools/templates'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/tools/templates/${entry.name}/`);
	const pages = ['/', ...(runbook ? [runbook] : []), ...tools, ...fillers].filter((page) =>
		existsSync(join(dist, page, 'index.html')),
	);
	const server = await serveStatic(dist, undefined, { compress: true });
	let results: LighthouseResult[];
	try {
		results = await lighthouseScores(lighthouse, server.url, pages);
	} finally {
		await server.close();
	}
	report.lighthouse = results;
	console.log(`\nLighthouse (${LIGHTHOUSE_CATEGORIES.join(', ')}; target 100 in each):`);
	for (const { page, scores } of results) {
		const values = LIGHTHOUSE_CATEGORIES.map((category) => scores[category]);
		const met = values.every((value) => value === 100);
		console.log(`  ${met ? '✓' : '✗'} ${page}: ${values.map((v) => v ?? '–').join(' / ')}`);
	}
}

const browser = await launchChromium();
try {
	if (runPages) await benchPages(browser);
	if (runScale) await benchScale(browser);
} finally {
	await browser.close();
}
await benchLighthouse();

if (targets.length) {
	console.log('\nTargets:');
	for (const target of targets) {
		const met = target.actual <= target.target;
		const value = (n: number) => `${n.toFixed(target.unit === 'MB' ? 0 : 1)} ${target.unit}`;
		const distance = met
			? `${value(target.target - target.actual)} under`
			: `${value(target.actual - target.target)} over`;
		console.log(
			`  ${met ? '✓' : '✗'} ${target.what}: ${value(target.actual)} (target ≤ ${value(target.target)}; ${distance})`,
		);
	}
}
report.targets = targets.map((target) => ({ ...target, met: target.actual <= target.target }));
mkdirSync(join(root, '.tmp'), { recursive: true });
const jsonFile = join(root, '.tmp/bench.json');
writeFileSync(jsonFile, `${JSON.stringify(report, null, '\t')}\n`);
console.log(`\nEverything measured: ${jsonFile}`);

// `npm run bench`: builds the site and reports build time and what key pages cost a reader.
// Targets are checked here, not in timed tests, so a slow CI machine cannot make tests flaky.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { FILLER_ISLAND_BYTES, ISLAND_BUDGETS, READING_PAGE_ISLAND_BYTES } from './lib/budgets.ts';
import { pageWeight } from './lib/page-weight.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) {
	const started = performance.now();
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		stdio: 'ignore',
	});
	console.log(`Build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const targets = pages.length
	? pages
	: [
			'/',
			'/runbooks/high-error-rate/',
			'/process/severity-levels/',
			'/runbooks/',
			'/tools/severity/',
			'/tools/incident-clock/',
			'/training/severity-practice/',
		];
const rows = targets.map((page) => {
	const weight = pageWeight(dist, page);
	return {
		page,
		HTML: kb(weight.htmlBytes),
		'HTML gzip': kb(weight.htmlGzip),
		'inline JS gzip': kb(weight.inlineJsGzip),
		'module JS gzip': kb(weight.moduleJsGzip),
		'island JS gzip': kb(weight.islandJsGzip),
	};
});
console.table(rows);

const budgets = [
	{
		page: '/runbooks/high-error-rate/',
		actual: pageWeight(dist, '/runbooks/high-error-rate/').islandJsGzip,
		targetBytes: READING_PAGE_ISLAND_BYTES,
		ceilingBytes: READING_PAGE_ISLAND_BYTES,
	},
	...ISLAND_BUDGETS.map((budget) => ({
		...budget,
		actual: pageWeight(dist, budget.page).islandJsGzip,
	})),
	...readdirSync(join(dist, 'tools/templates'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => {
			const page = `/tools/templates/${entry.name}/`;
			const actual = pageWeight(dist, page).islandJsGzip;
			return { page, actual, targetBytes: FILLER_ISLAND_BYTES, ceilingBytes: FILLER_ISLAND_BYTES };
		}),
];
let over = 0;
for (const budget of budgets) {
	const met = budget.actual <= budget.targetBytes;
	const withinCeiling = budget.actual <= budget.ceilingBytes;
	if (!withinCeiling) over++;
	console.log(
		`${met ? '✓' : '✗'} ${budget.page} island JS: ${kb(budget.actual)} (target ${kb(budget.targetBytes)}` +
			(met
				? ')'
				: `, ${kb(budget.actual - budget.targetBytes)} over; ceiling ${kb(budget.ceilingBytes)})`),
	);
}
process.exit(over ? 1 : 0);

// `npm run bench`: builds the site and reports build time and what key pages cost a reader.
// Targets are checked here, not in timed tests, so a slow CI machine cannot make tests flaky.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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

// Budgets. Reading pages ship no island JavaScript; a tool page's islands, Preact included, stay
// within 15 KB gzip so they load fast on a phone on a bad connection.
const budgets: { page: string; what: string; actual: number; limit: number }[] = [
	{
		page: '/runbooks/high-error-rate/',
		what: 'island JS',
		actual: pageWeight(dist, '/runbooks/high-error-rate/').islandJsGzip,
		limit: 0,
	},
	{
		page: '/tools/severity/',
		what: 'island JS',
		actual: pageWeight(dist, '/tools/severity/').islandJsGzip,
		limit: 15 * 1024,
	},
];
let over = 0;
for (const budget of budgets) {
	const ok = budget.actual <= budget.limit;
	if (!ok) over++;
	console.log(
		`${ok ? '✓' : '✗'} ${budget.page} ${budget.what}: ${kb(budget.actual)} (budget ${kb(budget.limit)})`,
	);
}
process.exit(over ? 1 : 0);

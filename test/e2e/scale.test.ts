import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readBuiltSite } from '../../src/readers/built-site.ts';
import { scanPage } from '../../src/lib/content/dead-links.ts';
import { RUNBOOKS_PER_PAGE } from '../../src/lib/runbooks/runbook-index.ts';
import { writeGeneratedRunbooks } from '../../scripts/lib/generate-runbooks.ts';
import { astroBuild, makeSiteCopy } from '../support/astro-build.ts';

const EXTRA_RUNBOOKS = 500;
// Few services, so each has more runbooks than one page lists: its list must split into pages.
const SERVICES = 4;
const PAGES = [
	'runbooks/high-error-rate/index.html',
	'runbooks/index.html',
	'process/severity-levels/index.html',
	'tools/severity/index.html',
	'index.html',
];
/** The most a page may weigh, gzipped, however many runbooks there are (issue 11). */
const PAGE_BUDGET_GZIP = 100 * 1024;
/** Lists of runbooks: one service's, one level's, or those due for review, a page at a time. */
const LIST_PAGE = /^\/(runbooks\/(service|level)|review)\//;

// Starlight writes the sidebar into every page: listing runbooks there would make each page's
// HTML grow with the handbook (625 KB a page at 3,000 runbooks, measured). Pages must not; the
// runbooks index leads to lists of at most RUNBOOKS_PER_PAGE runbooks instead of listing them all.
describe(`with ${EXTRA_RUNBOOKS} more runbooks`, () => {
	const sizes: Record<'base' | 'large', Record<string, number>> = { base: {}, large: {} };
	const sites: { remove: () => void }[] = [];
	let large: ReturnType<typeof readBuiltSite>;
	let generated: string[] = [];

	beforeAll(async () => {
		// The fixture handbook as the e2e tests serve it is the baseline; the same with more runbooks
		// is built beside it.
		const baseDist = inject('distDir');
		const bigger = makeSiteCopy();
		sites.push(bigger);
		generated = writeGeneratedRunbooks(bigger.root, EXTRA_RUNBOOKS, { services: SERVICES });
		const { code, output } = await astroBuild(bigger.root);
		if (code !== 0) throw new Error(output);
		for (const page of PAGES) {
			sizes.base[page] = readFileSync(join(baseDist, page)).length;
			sizes.large[page] = readFileSync(join(bigger.root, 'dist', page)).length;
		}
		large = readBuiltSite(join(bigger.root, 'dist'));
	}, 600_000);
	afterAll(() => sites.forEach((site) => site.remove()));

	test.each(PAGES)('%s stays within 10 % of its size', (page) => {
		const growth = sizes.large[page]! / sizes.base[page]! - 1;
		expect(growth, `${page}: ${sizes.base[page]} → ${sizes.large[page]} bytes`).toBeLessThan(0.1);
	});

	test(`no page lists more than ${RUNBOOKS_PER_PAGE} runbooks or weighs over 100 KB gzipped, the binder aside`, () => {
		const over: string[] = [];
		let lists = 0;
		for (const file of large.files) {
			if (!file.endsWith('.html') || file.startsWith('/print/')) continue;
			const html = large.read(file);
			const gzipped = gzipSync(html).length;
			if (gzipped > PAGE_BUDGET_GZIP) over.push(`${file}: ${gzipped} bytes gzipped`);
			if (!LIST_PAGE.test(file)) continue;
			lists++;
			const rows = html.match(/<th\b[^>]*\bscope="row"/g)?.length ?? 0;
			if (rows > RUNBOOKS_PER_PAGE) over.push(`${file}: ${rows} runbooks`);
		}
		expect(over).toEqual([]);
		// Each generated service has more runbooks than a page lists: its list has several pages.
		expect(lists).toBeGreaterThan(SERVICES * 2);
	});

	test('every runbook is one of the lists the index leads to, by service and by level', () => {
		const linked = (path: RegExp) => {
			const found = new Set<string>();
			for (const file of large.files)
				if (path.test(file)) for (const href of scanPage(large.read(file)).hrefs) found.add(href);
			return found;
		};
		const index = scanPage(large.read('/runbooks/index.html')).hrefs;
		const services = linked(/^\/runbooks\/service\//);
		const levels = linked(/^\/runbooks\/level\//);
		const missing = generated.filter(
			(id) => !services.has(`/runbooks/${id}/`) || !levels.has(`/runbooks/${id}/`),
		);
		expect(missing).toEqual([]);
		// The index leads to each service's and level's first page, and lists no runbook itself.
		for (const service of Array.from({ length: SERVICES }, (_, n) => `service-${n}`))
			expect(index).toContain(`/runbooks/service/${service}/`);
		expect(index).toContain('/runbooks/level/sev1/');
		expect(index.filter((href) => /^\/runbooks\/generated-/.test(href))).toEqual([]);
	});
});

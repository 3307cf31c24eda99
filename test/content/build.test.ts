import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro-build.ts';
import { FIXTURES } from './support.ts';

// These run the real `astro build` on copies of the site: the checks above prove the messages,
// these prove the build actually stops on them (Astro alone would log and exit 0), with the report
// and no noise: no "unhandled error" from Astro, no stack trace, no absolute path in the report.

/** The report in a build's output: from Firebreak's headline to the end. */
const report = (output: string) => output.slice(output.indexOf('Firebreak found'));

function expectNoNoise(output: string, root: string) {
	expect(output).not.toMatch(/unhandled error/i);
	expect(output).not.toMatch(/^\s+at /m);
	expect(output).not.toContain('Stack trace');
	expect(report(output)).not.toContain(root);
}

describe('npm run build', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('stops on bad content with the report alone: each problem’s file, place and fix, no stack trace', async () => {
		const site = makeSiteCopy({ overlay: join(FIXTURES, 'bad-content/missing-reference') });
		remove = site.remove;
		cpSync(join(FIXTURES, 'bad-content/mdx-syntax'), join(site.root, 'src/content'), {
			recursive: true,
		});
		const { code, output } = await astroBuild(site.root);
		expect(code).not.toBe(0);
		expect(report(output)).toMatchInlineSnapshot(`
			"Firebreak found 2 problems in the handbook content:

			✗ src/content/docs/runbooks/disk-full.mdx:19:35
			  This page is not valid MDX: Could not parse expression with acorn.
			  Fix: MDX reads \`{\` as the start of a JavaScript expression: close it with \`}\`, or write a literal brace as \`\\{\` or inside backticks.

			✗ src/content/severities/sev3.yaml → field \`notify[0]\`
			  Names roles entry \`primary-on-call\`, which does not exist.
			  Fix: Did you mean \`primary-oncall\`? Otherwise create src/content/roles/primary-on-call.yaml.

			"
		`);
		expectNoNoise(output, site.root);
	});

	test('stops on a dead link or anchor in a built page, naming the page’s source and the nearest target', async () => {
		const site = makeSiteCopy({ overlay: join(FIXTURES, 'bad-content/dead-link') });
		remove = site.remove;
		const { code, output } = await astroBuild(site.root);
		expect(code).not.toBe(0);
		expect(report(output)).toMatchInlineSnapshot(`
			"Firebreak found 3 dead links in the built pages:

			✗ src/content/docs/runbooks/disk-full.mdx → link \`/runbooks/high-error-rat/\`: no such page
			  Nothing was built at /runbooks/high-error-rat/.
			  Fix: Did you mean \`/runbooks/high-error-rate/\`?

			✗ src/content/docs/runbooks/disk-full.mdx → link \`/runbooks/high-error-rate/#mitgate\`: no such anchor
			  /runbooks/high-error-rate/ has no heading or element with the id \`mitgate\`.
			  Fix: Did you mean \`/runbooks/high-error-rate/#mitigate\`?

			✗ src/content/docs/runbooks/disk-full.mdx → link \`#escalte\`: no such anchor
			  /runbooks/disk-full/ has no heading or element with the id \`escalte\`.
			  Fix: Did you mean \`#escalate\`?

			"
		`);
		expectNoNoise(output, site.root);
	});

	test('builds another organisation’s handbook on a P0–P3 scale, with its own labels and chain', async () => {
		const site = makeSiteCopy({ content: join(FIXTURES, 'content-p0-p3') });
		remove = site.remove;
		// Built "as of" a date past the fixture runbook's 30-day review interval.
		const { code, output } = await astroBuild(site.root, { FIREBREAK_BUILD_DATE: '2026-12-15' });
		expect(code, output).toBe(0);
		const runbook = readFileSync(
			join(site.root, 'dist/runbooks/connection-pool/index.html'),
			'utf8',
		);
		expect(runbook).toContain(
			'<strong>Review overdue by 14 days</strong> (due 2026-12-01, as of 2026-12-15)',
		);
		expect(runbook).toMatch(/P0<span class="fb-badge__aliases"[^>]*> \(Critical\)<\/span>/);
		const html = readFileSync(join(site.root, 'dist/process/severity-levels/index.html'), 'utf8');
		expect(html).toContain('Agent Factory on-call handbook');
		for (const label of ['P0', 'P1', 'P2', 'P3'])
			expect(html).toContain(`id="${label.toLowerCase()}"`);
		expect(html).not.toContain('SEV1');
		// Seed 000's time-based chain: engineering lead at 30 min, CTO at 1 h, CEO at 4 h.
		// Each row of the drawn timeline: its time, then who joins while unresolved.
		const rows = html.split('fb-chain__row').map((row) => row.replace(/<[^>]+>/g, ''));
		expect(
			rows.some((row) => /After 30 min.*Joins while unresolved: Engineering lead/.test(row)),
		).toBe(true);
		expect(rows.some((row) => /After 1 h.*Joins while unresolved: CTO/.test(row))).toBe(true);
		expect(rows.some((row) => /After 4 h.*Joins while unresolved: CEO/.test(row))).toBe(true);
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro-build.ts';
import { FIXTURES } from './support.ts';

// These run the real `astro build` on copies of the site: the checks above prove the messages,
// these prove the build actually stops on them (Astro alone would log and exit 0).
describe('npm run build', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('stops on bad content, printing the file, the field and the fix', async () => {
		const site = makeSiteCopy({ overlay: join(FIXTURES, 'bad-content/missing-reference') });
		remove = site.remove;
		const { code, output } = await astroBuild(site.root);
		expect(code).not.toBe(0);
		expect(output).toContain('✗ src/content/severities/sev3.yaml → field `notify[0]`');
		expect(output).toContain('Did you mean `primary-oncall`?');
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
			'<strong>Review overdue</strong> by 14 days (due 2026-12-01, as of 2026-12-15)',
		);
		expect(runbook).toMatch(/P0<span class="fb-badge__aliases"[^>]*> \(Critical\)<\/span>/);
		const html = readFileSync(join(site.root, 'dist/process/severity-levels/index.html'), 'utf8');
		expect(html).toContain('Agent Factory on-call handbook');
		for (const label of ['P0', 'P1', 'P2', 'P3'])
			expect(html).toContain(`id="${label.toLowerCase()}"`);
		expect(html).not.toContain('SEV1');
		// Seed 000's time-based chain: engineering lead at 30 min, CTO at 1 h, CEO at 4 h.
		expect(html).toMatch(/After 30 min<\/span> <strong>Engineering lead/);
		expect(html).toMatch(/After 1 h<\/span> <strong>CTO/);
		expect(html).toMatch(/After 4 h<\/span> <strong>CEO/);
	});
});

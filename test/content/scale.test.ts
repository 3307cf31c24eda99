import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro-build.ts';

const EXTRA_RUNBOOKS = 500;
const PAGES = [
	'runbooks/high-error-rate/index.html',
	'process/severity-levels/index.html',
	'tools/severity/index.html',
	'index.html',
];

function generatedRunbook(n: number): string {
	return `---
title: Generated runbook ${n}
description: A generated runbook for the scale test.
kind: runbook
severities: [sev${(n % 4) + 1}]
services: [service-${n % 50}]
owner: team-lead
symptoms:
  - Symptom number ${n}
lastReviewed: 2026-11-01
---

## Symptoms

Generated.

## Investigate

\`\`\`bash
echo ${n}
\`\`\`

## Mitigate

Generated.

## Verify

Generated.

## Escalate

Generated.

## Prevent

Generated.
`;
}

// Starlight writes the sidebar into every page: listing runbooks there would make each page's
// HTML grow with the handbook (625 KB a page at 3,000 runbooks, measured). Pages must not.
describe(`with ${EXTRA_RUNBOOKS} more runbooks`, () => {
	const sizes: Record<'base' | 'large', Record<string, number>> = { base: {}, large: {} };
	const sites: { remove: () => void }[] = [];

	beforeAll(async () => {
		const base = makeSiteCopy();
		const large = makeSiteCopy();
		sites.push(base, large);
		for (let n = 0; n < EXTRA_RUNBOOKS; n++) {
			writeFileSync(
				join(large.root, 'src/content/docs/runbooks', `generated-${n}.mdx`),
				generatedRunbook(n),
			);
		}
		for (const [name, site] of [
			['base', base],
			['large', large],
		] as const) {
			const { code, output } = await astroBuild(site.root);
			if (code !== 0) throw new Error(output);
			for (const page of PAGES)
				sizes[name][page] = readFileSync(join(site.root, 'dist', page)).length;
		}
	}, 600_000);
	afterAll(() => sites.forEach((site) => site.remove()));

	test.each(PAGES)('%s stays within 10 % of its size', (page) => {
		const growth = sizes.large[page]! / sizes.base[page]! - 1;
		expect(growth, `${page}: ${sizes.base[page]} → ${sizes.large[page]} bytes`).toBeLessThan(0.1);
	});
});

// Generated runbooks for measuring how the build and the site scale (`npm run bench`, and the
// scale tests). Each one is shaped like a real runbook: every section, frontmatter the schema
// requires, a level badge and tabs (MDX components), code blocks, a task list, a table and a link
// with an anchor to another generated runbook, so the build does the work real pages cost it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratorOptions {
	/** Severity ids the runbooks name (the site's `src/content/severities/` file names). */
	severities: readonly string[];
	/** A roles entry that owns them. */
	owner: string;
	/** How many distinct services the runbooks spread over. */
	services?: number;
}

const DEFAULTS: GeneratorOptions = {
	severities: ['sev1', 'sev2', 'sev3', 'sev4'],
	owner: 'team-lead',
	services: 50,
};

const WORDS = [
	'queue',
	'replica',
	'certificate',
	'cache',
	'gateway',
	'scheduler',
	'webhook',
	'ledger',
	'index',
	'worker',
	'bucket',
	'resolver',
];

/** The file name (without `.mdx`) of generated runbook `n`. */
export const generatedRunbookId = (n: number) => `generated-${String(n)}`;

/** Generated runbook `n` as MDX; deterministic, so two runs build the same handbook. */
export function generatedRunbook(n: number, options: Partial<GeneratorOptions> = {}): string {
	const { severities, owner, services = 50 } = { ...DEFAULTS, ...options };
	const pick = <T>(list: readonly T[], at: number): T => list[at % list.length] as T;
	const word = pick(WORDS, n);
	const level = pick(severities, n);
	const other = pick(severities, n + 1);
	const most = pick(severities, 0);
	const service = `service-${String(n % services)}`;
	const number = String(n);
	// The previous runbook, so the dead-link check follows a link and an anchor on every page.
	const link = n > 0 ? `/runbooks/${generatedRunbookId(n - 1)}/#mitigate` : '/runbooks/';
	return `---
title: Generated ${word} runbook ${number}
description: The ${word} of ${service} misbehaves (generated runbook ${number} for measuring scale).
kind: runbook
severities: [${level}, ${other}]
services: [${service}]
owner: ${owner}
symptoms:
  - ${word} ${number} latency above its objective
  - Alerts from ${service} about the ${word}
lastReviewed: 2026-11-01
---

import { Tabs, TabItem } from '@astrojs/starlight/components';
import Level from '../../../components/Level.astro';

## Symptoms

- The ${word} of ${service} is slower than its objective, or failing.
- Usually <Level id="${level}" />; if every request fails, treat it as <Level id="${most}" />.

## Investigate

1. **Did something change?** Check the deploy history of ${service} first.

   <Tabs syncKey="platform">
   <TabItem label="Kubernetes">

   \`\`\`bash
   kubectl rollout history deployment/${service} -n production
   kubectl logs deployment/${service} -n production --since=10m | grep ERROR | tail -100
   \`\`\`

   </TabItem>
   <TabItem label="Docker Compose">

   \`\`\`bash
   docker compose logs --since 10m ${service} | grep ERROR | tail -100
   \`\`\`

   </TabItem>
   </Tabs>

2. **Where does it fail?** Compare the ${word} metrics with last week.

| Metric         | Normal   | Act when    |
| -------------- | -------- | ----------- |
| ${word} p99    | < 200 ms | > 1 s       |
| Error rate     | < 0.1 %  | > 1 %       |
| Queue depth    | < 100    | > ${String(1000 + n)} |

## Mitigate

- [ ] Roll back the last deploy of ${service}.
- [ ] Scale the ${word} out: \`kubectl scale deployment/${service} --replicas=${String((n % 7) + 3)}\`.
- [ ] Tell the incident channel what you did.

See also [the previous generated runbook](${link}).

## Verify

The ${word} p99 is back under 200 ms for 15 minutes.

## Escalate

If nothing above helps within 30 minutes, page the owner of ${service}.

## Prevent

Add a load test for the ${word} to ${service}'s pipeline.
`;
}

/** Severity ids of the handbook whose content tree is `contentDir`. */
export function severityIds(contentDir: string): string[] {
	return readdirSync(join(contentDir, 'severities'))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => file.replace(/\.yaml$/, ''))
		.sort();
}

/**
 * Writes `count` generated runbooks into the site at `siteRoot` (a throwaway copy: see
 * test/support/astro-build.ts makeSiteCopy) and returns their ids. Severity ids are read from the
 * site's own content, so fixture handbooks with another scale work too.
 */
export function writeGeneratedRunbooks(
	siteRoot: string,
	count: number,
	options: Partial<GeneratorOptions> = {},
): string[] {
	const content = join(siteRoot, 'src/content');
	const resolved = { severities: severityIds(content), ...options };
	const ids: string[] = [];
	for (let n = 0; n < count; n++) {
		const id = generatedRunbookId(n);
		writeFileSync(join(content, 'docs/runbooks', `${id}.mdx`), generatedRunbook(n, resolved));
		ids.push(id);
	}
	return ids;
}

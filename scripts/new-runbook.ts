// `npm run new:runbook -- "Title"`: writes a runbook with every section, today's date,
// placeholders and tabs for platform variants. The build rejects the placeholders until they are
// replaced; once they are, it builds: every component the scaffold uses is imported.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { loadContent } from '../src/readers/load-content.ts';
import { placeholder } from '../src/lib/content/placeholder.ts';
import { isoDay } from '../src/lib/time/format-time.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
	console.error('Usage: npm run new:runbook -- "Database connection pool exhausted"');
	process.exit(2);
}
const slug = new GithubSlugger().slug(title);
const root = process.cwd();
const file = join(root, 'src/content/docs/runbooks', `${slug}.mdx`);
// Any page with the same id collides, whatever its extension (`.md`) or form (`<slug>/index.mdx`).
const existing = loadContent(root).files.get('docs')?.get(`runbooks/${slug}`);
if (existing) {
	console.error(`${existing} already exists. Choose another title or edit that runbook.`);
	process.exit(1);
}
const today = isoDay(Date.now());
/** The platforms the handbook's runbooks give commands for, as their tabs are labelled. */
const PLATFORMS = ['Kubernetes', 'Docker Compose', 'Vercel + Supabase'];
const section = (name: string, hint: string, extra = '') =>
	`## ${name}\n\n${placeholder(hint)}\n${extra}`;
// Platform variants as the other runbooks show them: one tab per platform, kept in step across
// pages by `syncKey`. `Tabs` and `TabItem` are imported below the frontmatter.
const tab = (label: string) =>
	`<TabItem label="${label}">\n\n` +
	`${placeholder(`the commands on ${label}, or delete this tab`)}\n\n</TabItem>\n`;
const platformTabs = `\n<Tabs syncKey="platform">\n${PLATFORMS.map(tab).join('')}</Tabs>\n`;

writeFileSync(
	file,
	`---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(placeholder('one sentence: what the responder sees and what this page helps them do'))}
kind: runbook
severities: [${JSON.stringify(placeholder('severity ids, most likely first, e.g. sev2'))}]
services: [${JSON.stringify(placeholder('service slugs, e.g. api'))}]
owner: ${JSON.stringify(placeholder('the role id that owns this runbook, e.g. team-lead'))}
symptoms:
  - ${JSON.stringify(placeholder('what a responder sees, in the words they would search for'))}
lastReviewed: ${today}
---

import { Tabs, TabItem } from '@astrojs/starlight/components';

${section('Symptoms', 'what the alert says, what dashboards and users show')}
${section(
	'Investigate',
	'numbered steps with copyable commands; put steps that differ by platform in the tabs below, or delete the tabs',
	platformTabs,
)}
${section('Mitigate', 'the fastest ways to stop the impact, safest first')}
${section('Verify', 'how to know it is fixed, and how long to watch')}
${section('Escalate', 'when to bring in whom (the escalation chain itself is shown from data)')}
${section('Prevent', 'what would stop this happening again')}`,
);
console.log(
	`Wrote ${relative(root, file)}. Replace every "[[fill in…]]"; the build fails until you do.`,
);
console.log('Point alerts at it in src/content/alerts.yaml.');

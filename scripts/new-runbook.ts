// `npm run new:runbook -- "Title"`: writes a runbook with every section, today's date and
// placeholders. The build rejects the placeholders until they are replaced.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { placeholder } from '../src/lib/content/placeholder.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
	console.error('Usage: npm run new:runbook -- "Database connection pool exhausted"');
	process.exit(2);
}
const slug = new GithubSlugger().slug(title);
const file = join(process.cwd(), 'src/content/docs/runbooks', `${slug}.mdx`);
if (existsSync(file)) {
	console.error(
		`${relative(process.cwd(), file)} already exists. Choose another title or edit that runbook.`,
	);
	process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const section = (name: string, hint: string) => `## ${name}\n\n${placeholder(hint)}\n`;

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

${section('Symptoms', 'what the alert says, what dashboards and users show')}
${section('Investigate', 'numbered steps with copyable commands; use <Tabs syncKey="platform"> for platform variants')}
${section('Mitigate', 'the fastest ways to stop the impact, safest first')}
${section('Verify', 'how to know it is fixed, and how long to watch')}
${section('Escalate', 'when to bring in whom (the escalation chain itself is shown from data)')}
${section('Prevent', 'what would stop this happening again')}`,
);
console.log(
	`Wrote ${relative(process.cwd(), file)}. Replace every "[[fill in…]]"; the build fails until you do.`,
);
console.log('Point alerts at it in src/content/alerts.yaml.');

// `npm run check:stale [-- --strict] [--as-of YYYY-MM-DD]`: lists runbooks overdue for review.
// Exits 1 with --strict when any is overdue, so a scheduled CI job can nag the owners.
import { join } from 'node:path';
import { readContent } from '../src/integrations/read-content.ts';
import { readSettings } from '../src/integrations/read-settings.ts';
import { reviewQueue } from '../src/lib/runbooks/review-status.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const asOfArg = args[args.indexOf('--as-of') + 1];
const asOf = args.includes('--as-of') && asOfArg ? new Date(`${asOfArg}T00:00:00Z`) : new Date();
if (Number.isNaN(asOf.getTime())) {
	console.error(`--as-of needs a date as YYYY-MM-DD, not "${asOfArg}".`);
	process.exit(2);
}

const root = process.cwd();
const { entries } = readContent(join(root, 'src/content'), root);
const settings = readSettings(new URL(`file://${join(root, 'src/content')}/`));
const roles = new Map(
	entries
		.filter((e) => e.collection === 'roles')
		.map((e) => [e.id, (e.data as { name?: string }).name ?? e.id]),
);
const runbooks = entries
	.filter((e) => e.collection === 'docs' && (e.data as { kind?: string }).kind === 'runbook')
	.map((e) => {
		const data = e.data as {
			title?: string;
			owner?: string;
			lastReviewed?: string | Date;
			reviewEveryDays?: number;
		};
		return {
			id: e.id,
			title: data.title ?? e.id,
			owner: roles.get(data.owner ?? '') ?? data.owner ?? '?',
			lastReviewed: new Date(data.lastReviewed ?? 0),
			reviewEveryDays: data.reviewEveryDays,
		};
	});
const queue = reviewQueue(runbooks, settings?.reviewEveryDays ?? 90, asOf);
const overdue = queue.filter((item) => item.status.overdue);
const day = (date: Date) => date.toISOString().slice(0, 10);

console.log(
	`As of ${day(asOf)}: ${overdue.length} of ${queue.length} runbooks overdue for review.`,
);
for (const item of overdue) {
	console.log(
		`✗ ${item.title} (${item.id}): due ${day(item.status.dueOn)}, ${-item.status.daysLeft} days overdue. Owner: ${item.owner}.`,
	);
}
process.exit(strict && overdue.length ? 1 : 0);

// `npm run check:stale [-- --strict] [--as-of YYYY-MM-DD]`: lists runbooks overdue for review.
// Exits 1 with --strict when any is overdue, so a scheduled CI job can nag the owners, and
// always when the content itself is wrong: a runbook that does not validate has no review date
// to trust.
import { isRunbook } from '../src/lib/content/schemas.ts';
import { forReview, reviewDueText, reviewQueue } from '../src/lib/runbooks/review-status.ts';
import { isoDay, utcMidnight } from '../src/lib/time/format-time.ts';
import { loadValidContent } from './lib/valid-content.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const asOfArg = args[args.indexOf('--as-of') + 1];
const asOf = args.includes('--as-of') && asOfArg ? utcMidnight(asOfArg) : new Date();
if (asOf === undefined) {
	console.error(`--as-of needs a date as YYYY-MM-DD, not "${asOfArg}".`);
	process.exit(2);
}

const content = loadValidContent(
	process.cwd(),
	'check:stale reads review dates only from content that validates',
);
const [settings] = content.settings.values();
// Unreachable: the content check refuses a handbook without settings.yaml.
if (!settings) throw new Error('settings.yaml is missing, yet the content validated.');
const runbooks = [...content.docs.values()]
	.filter(isRunbook)
	.map(({ id, parsed }) =>
		forReview({ id, data: parsed }, (role) => content.roles.get(role)?.parsed.name),
	);
const queue = reviewQueue(runbooks, settings.parsed.reviewEveryDays, asOf);
const overdue = queue.filter((item) => item.status.overdue);

console.log(
	`As of ${isoDay(asOf)}: ${overdue.length} of ${queue.length} runbooks overdue for review.`,
);
for (const item of overdue) {
	console.log(
		`✗ ${item.title} (${item.id}): ${reviewDueText(item.status)} (due ${isoDay(item.status.dueOn)}). Owner: ${item.owner}.`,
	);
}
process.exit(strict && overdue.length ? 1 : 0);

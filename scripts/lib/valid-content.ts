// For scripts that read the handbook's data (review dates, alert targets): they only trust content
// that validates, so on any problem they print the same report `npm run check:content` prints and
// stop, instead of working from half-read entries.
import { loadContent } from '../../src/readers/load-content.ts';
import { formatProblems } from '../../src/lib/content/problem.ts';
import type { ParsedContent } from '../../src/lib/content/schemas.ts';

/**
 * The handbook of the project at `root`, parsed and validated; exits 1 with the content report
 * when it does not validate. `why` says what the script needs valid content for.
 */
export function loadValidContent(root: string, why: string): ParsedContent {
	const { content, problems } = loadContent(root);
	if (problems.length === 0) return content;
	console.error(formatProblems(problems));
	console.error(
		`${why}: fix the problems above (\`npm run check:content\` lists the same), then run it again.`,
	);
	process.exit(1);
}

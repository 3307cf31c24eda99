// `npm run check:content`: the same check the build runs, without building.
import { loadContent } from '../src/readers/load-content.ts';
import { formatProblems } from '../src/lib/content/problem.ts';

const FOOTER =
	'Not checked here: dead links and anchors, which need the built pages; `npm run build` checks those.';

const { problems } = loadContent(process.cwd());
if (problems.length) {
	console.error(`${formatProblems(problems)}\n${FOOTER}`);
	process.exit(1);
}
console.log(`Content OK.\n${FOOTER}`);

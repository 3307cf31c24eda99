import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { formatProblems, type ContentProblem } from '../../src/lib/content/problem.ts';
import { readContent } from '../../src/integrations/read-content.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';

export const FIXTURES = join(PROJECT_ROOT, 'test/fixtures');

/**
 * Checks a content tree the way the build does: the project's own content with a fixture's files
 * laid over it, or a fixture's whole tree. Messages name files as `src/content/…`.
 */
export function checkTree(options: { overlay?: string; content?: string } = {}): {
	problems: ContentProblem[];
	report: string;
} {
	mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'content-'));
	try {
		cpSync(options.content ?? join(PROJECT_ROOT, 'src/content'), join(root, 'src/content'), {
			recursive: true,
		});
		if (options.overlay) cpSync(options.overlay, join(root, 'src/content'), { recursive: true });
		const { entries, problems: readProblems } = readContent(join(root, 'src/content'), root);
		const problems = [...readProblems, ...checkContent(entries)];
		return { problems, report: formatProblems(problems) };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

export const badCase = (name: string) => ({ overlay: join(FIXTURES, 'bad-content', name) });

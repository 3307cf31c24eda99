import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/readers/load-content.ts';
import { formatProblems, type ContentProblem } from '../../src/lib/content/problem.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';

export const FIXTURES = join(PROJECT_ROOT, 'test/fixtures');

export interface TreeOptions {
	/** A whole content tree to use instead of the fixture handbook (test/fixtures/handbook). */
	content?: string;
	/** Fixture files laid over the content, in order. */
	overlay?: string | string[];
}

/**
 * A throwaway project holding only `src/content/`: the fixture handbook (or another fixture's
 * whole tree) with fixtures' files laid over it. Enough for the content check and the scripts.
 * Never the project's own content: an organisation that replaces it keeps these tests green.
 */
export function contentCopy(options: TreeOptions = {}): { root: string; remove: () => void } {
	mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'content-'));
	cpSync(options.content ?? join(FIXTURES, 'handbook'), join(root, 'src/content'), {
		recursive: true,
	});
	for (const overlay of [options.overlay ?? []].flat())
		cpSync(overlay, join(root, 'src/content'), { recursive: true });
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Checks a content tree the way the build does (the same loader), on a {@link contentCopy}.
 * Messages name files as `src/content/…`.
 */
export function checkTree(options: TreeOptions = {}): {
	problems: ContentProblem[];
	report: string;
} {
	const copy = contentCopy(options);
	try {
		const { problems } = loadContent(copy.root);
		return { problems, report: formatProblems(problems) };
	} finally {
		copy.remove();
	}
}

/** A bad-content case: the fixture handbook with the case's files laid over it. */
export const badCase = (name: string) => ({
	content: join(FIXTURES, 'handbook'),
	overlay: join(FIXTURES, 'bad-content', name),
});

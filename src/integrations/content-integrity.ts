import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { deadLinkProblem, findDeadLinks } from '../lib/content/dead-links.ts';
import { formatProblems } from '../lib/content/problem.ts';
import { readBuiltSite } from '../readers/built-site.ts';
import { loadContent } from '../readers/load-content.ts';

/** Reads and checks the content tree under `root`; returns the report, or undefined if all is well. */
export function contentReport(root: string): string | undefined {
	const { problems } = loadContent(root);
	return problems.length ? formatProblems(problems) : undefined;
}

/**
 * Prints a report and ends the process with exit code 1. Astro logs "An unhandled error
 * occurred…" and a stack trace for anything a hook throws, which buries the report under
 * noise that is about Firebreak's code, not the content.
 */
function stop(report: string): never {
	process.stderr.write(`\n${report}\n`);
	process.exit(1);
}

/**
 * Fails `astro build` and `astro dev` before anything renders when the content is wrong (the
 * same check as `npm run check:content`), and fails `astro build` when a built page links to a
 * page or an anchor that does not exist. Astro on its own only logs a broken reference and keeps
 * one of two duplicate ids; a handbook that is wrong at 3 a.m. is worse than a build that stops.
 */
export default function contentIntegrity(): AstroIntegration {
	let root = '';
	let site: string | undefined;
	let base = '/';
	let docsFiles = new Map<string, string>();
	return {
		name: 'firebreak:content-integrity',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root).replace(/\/$/, '');
				site = config.site;
				base = config.base;
				const { problems, files } = loadContent(root);
				docsFiles = files.get('docs') ?? new Map<string, string>();
				if (!problems.length) return;
				const report = formatProblems(problems);
				// In dev, keep the server up so the author sees the page they are fixing; say it loudly.
				if (command === 'dev') logger.error(report);
				else stop(report);
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const built = readBuiltSite(fileURLToPath(dir));
				// The printable binder copies every runbook: a dead link in it is the runbook's,
				// reported once at its source. The handbook checks still crawl the binder's links.
				const dead = findDeadLinks(built, {
					...(site ? { origin: site } : {}),
					base,
					skip: (file) => file.startsWith('/print/'),
				});
				// A page's URL path is its docs id: `/runbooks/x/` is runbooks/x, `/` is index.
				const sourceOf = (page: string) => docsFiles.get(page.replace(/^\/|\/$/g, '') || 'index');
				if (dead.length)
					stop(
						formatProblems(
							dead.map((link) => deadLinkProblem(link, sourceOf)),
							{ subject: 'the built pages', unit: 'dead link' },
						),
					);
				const pages = [...built.files].filter((file) => file.endsWith('.html')).length;
				logger.info(
					`No dead links or anchors in ${pages} pages (${Math.round(performance.now() - started)} ms).`,
				);
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check-content.ts';
import { formatProblems } from '../lib/content/problem.ts';
import { readContent } from './read-content.ts';

/** Reads and checks the content tree under `root`; returns the report, or undefined if all is well. */
export function contentReport(root: string): string | undefined {
	const { entries, problems } = readContent(`${root}/src/content`, root);
	const all = [...problems, ...checkContent(entries)];
	return all.length ? formatProblems(all) : undefined;
}

/**
 * Fails `astro build` and `astro dev` before anything renders when the content is wrong. Astro on
 * its own only logs a broken reference and keeps one of two duplicate ids; a handbook that is
 * wrong at 3 a.m. is worse than a build that stops.
 */
export default function contentIntegrity(): AstroIntegration {
	return {
		name: 'firebreak:content-integrity',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const report = contentReport(fileURLToPath(config.root).replace(/\/$/, ''));
				if (!report) return;
				// In dev, keep the server up so the author sees the page they are fixing; say it loudly.
				if (command === 'dev') logger.error(report);
				else throw new Error(report);
			},
		},
	};
}

import { z } from 'astro/zod';
import { Slug } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** An ordinary handbook page: process, roles, training, tools. */
export const pageFrontmatter = () =>
	z.object({
		kind: z.literal('page').default('page').describe('`page` (the default) or `runbook`.'),
	});

/**
 * A runbook page: `kind: runbook` in the frontmatter of an MDX file under
 * `src/content/docs/runbooks/`. Body sections by convention: Symptoms, Investigate, Mitigate,
 * Verify, Escalate, Prevent. The alerts that lead here live in `src/content/alerts.yaml`.
 */
export const runbookFrontmatter = (reference: ReferenceFactory) =>
	z.object({
		kind: z.literal('runbook').describe('Marks this page as a runbook.'),
		/** Most likely level first: the page draws that level's escalation path. */
		severities: z
			.array(reference('severities'))
			.min(1)
			.describe('Severity ids this incident usually has, most likely first, e.g. `[sev2, sev1]`.'),
		services: z.array(Slug).min(1).describe('Services it concerns, e.g. `[api, postgres]`.'),
		owner: reference('roles').describe(
			'The role id that owns and reviews this runbook, e.g. `team-lead`.',
		),
		symptoms: z
			.array(z.string().min(1))
			.min(1)
			.describe('What a responder sees, in their words, e.g. `"too many connections" errors`.'),
		/**
		 * Calculator answers that point to this runbook, so the calculator ranks it first when
		 * they are given: a security exposure → the suspicious-access runbook.
		 */
		fits: z
			.record(z.string(), z.array(z.string()).min(1))
			.default({})
			.describe(
				'Severity calculator answers that point here: question id → option ids, e.g. `{ security: [confirmed, suspected] }`.',
			),
		lastReviewed: z.coerce
			.date()
			.describe('The date someone last checked this runbook, e.g. `2026-11-01`.'),
		reviewEveryDays: z
			.number()
			.int()
			.positive()
			.optional()
			.describe('Days between reviews; defaults to `reviewEveryDays` in settings.'),
	});

/** The extension to Starlight's frontmatter: a page or a runbook, told apart by `kind`. */
export const docsExtension = (reference: ReferenceFactory) =>
	z.union([runbookFrontmatter(reference), pageFrontmatter()]);

export type RunbookFrontmatter = z.output<ReturnType<typeof runbookFrontmatter>>;

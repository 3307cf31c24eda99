import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';

/**
 * One alert that monitoring can fire, stored in `src/content/alerts.yaml` as a list. The alert's
 * name is its id and becomes the permalink `/alerts/<id>/` for a rule's `runbook_url`.
 */
export const alertSchema = (reference: ReferenceFactory) =>
	z
		.object({
			id: z
				.string()
				.regex(
					/^[A-Za-z][A-Za-z0-9_.:-]*$/,
					'Use the alert’s name as your monitoring names it, e.g. `HighErrorRate`.',
				)
				.describe('The alert’s name exactly as monitoring fires it, e.g. `HighErrorRate`.'),
			runbook: reference('docs').describe(
				'The runbook’s docs id, e.g. `runbooks/high-error-rate`.',
			),
			section: z
				.string()
				.optional()
				.describe('Heading anchor in the runbook to land on, e.g. `mitigate`.'),
			source: z.string().min(1).describe('What fires it, e.g. `Prometheus`.'),
			summary: z.string().min(1).describe('What it means when it fires.'),
			severity: reference('severities')
				.optional()
				.describe('The severity id it usually indicates, e.g. `sev2`.'),
		})
		.strict();

export type AlertData = z.output<ReturnType<typeof alertSchema>>;

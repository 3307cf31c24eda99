import { z } from 'astro/zod';

/** Site-wide settings, stored as `src/content/settings.yaml`. */
export const settingsSchema = () =>
	z
		.object({
			organisation: z.string().min(1).describe('Your organisation’s name, e.g. `Example Corp`.'),
			title: z.string().min(1).describe('The site title, e.g. `Example Corp incident handbook`.'),
			siteUrl: z
				.url()
				.describe(
					'Where this handbook is published, e.g. `https://handbook.example.com`; used for the sitemap and canonical links.',
				),
			statusPageUrl: z
				.url()
				.describe('Your public status page, e.g. `https://status.example.com`.'),
			incidentChannel: z
				.string()
				.regex(
					/\{(date|slug)\}/,
					'Include `{date}` and/or `{slug}`, e.g. `#incident-{date}-{slug}`.',
				)
				.describe('How incident channels are named; `{date}` and `{slug}` are filled in.'),
			generalChannel: z
				.string()
				.min(1)
				.describe('Where incidents are announced, e.g. `#incidents`.'),
			reviewEveryDays: z
				.number()
				.int()
				.positive()
				.describe('Default days between runbook reviews, when a runbook sets none.'),
		})
		.strict();

export type SettingsData = z.output<ReturnType<typeof settingsSchema>>;

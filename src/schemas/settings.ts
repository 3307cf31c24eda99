import { z } from 'astro/zod';

/** The longest short title that fits the header of a 320 px phone beside its two buttons. */
export const SHORT_TITLE_MAX = 18;

/** Site-wide settings, stored as `src/content/settings.yaml`. */
export const settingsSchema = () =>
	z
		.object({
			organisation: z.string().min(1).describe('Your organisation’s name, e.g. `Example Corp`.'),
			title: z.string().min(1).describe('The site title, e.g. `Example Corp incident handbook`.'),
			shortTitle: z
				.string()
				.min(1)
				.max(
					SHORT_TITLE_MAX,
					`Keep it to ${SHORT_TITLE_MAX} characters, e.g. \`Incident handbook\`: it must fit beside the search and menu buttons on a 320 px phone.`,
				)
				.optional()
				.describe(
					`The site title on narrow screens, where the full title would be cut off; at most ${SHORT_TITLE_MAX} characters, e.g. \`Incident handbook\`. Leave out to use \`title\` everywhere.`,
				),
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

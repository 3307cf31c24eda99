// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';
import { readSettings } from './src/integrations/read-settings.ts';
import { rehypeTaskListLabels } from './src/lib/markdown/task-list-labels.ts';

const settings = readSettings(new URL('./src/content/', import.meta.url));

export default defineConfig({
	site: settings?.siteUrl ?? 'https://handbook.example.com',
	// Nothing may load from another origin: the handbook must work while the internet is on fire.
	prefetch: false,
	devToolbar: { enabled: false },
	markdown: { rehypePlugins: [rehypeTaskListLabels] },
	integrations: [
		// First, so bad content stops the build before Starlight or Astro log anything confusing.
		contentIntegrity(),
		// Listed before Starlight so Starlight does not add its own: alert permalinks are redirects
		// (noindex) and stay out of the sitemap. The handbook is single-language, so Starlight's
		// i18n sitemap options are not needed.
		sitemap({ filter: (page) => !/\/alerts\/[^/]+\/$/.test(new URL(page).pathname) }),
		starlight({
			title: settings?.title ?? 'Incident handbook',
			description: `How ${settings?.organisation ?? 'we'} respond to incidents: runbooks, severity levels, escalation and tools.`,
			lastUpdated: false,
			// Long commands wrap instead of scrolling sideways: readable on a phone, no scroll
			// region that keyboards cannot reach, and the copy button still copies the original.
			expressiveCode: { defaultProps: { wrap: true, preserveIndent: true } },
			pagination: false,
			customCss: ['./src/styles/firebreak.css'],
			components: { PageTitle: './src/components/overrides/PageTitle.astro' },
			// Runbooks are reached through their index and search, not listed here: Starlight writes
			// the whole sidebar into every page, so a per-runbook list grows every page's HTML.
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'In an incident now', link: '/' },
						{ autogenerate: { directory: 'start-here' } },
					],
				},
				{
					label: 'Runbooks',
					items: [
						{ label: 'All runbooks', link: '/runbooks/' },
						{ label: 'Alerts', link: '/alerts/' },
						{ label: 'Due for review', link: '/review/' },
					],
				},
				{ label: 'Process', items: [{ autogenerate: { directory: 'process' } }] },
				{ label: 'Roles', items: [{ autogenerate: { directory: 'roles' } }] },
				{ label: 'Training', items: [{ autogenerate: { directory: 'training' } }] },
				{
					label: 'Tools',
					items: [
						{ label: 'Severity calculator', link: '/tools/severity/' },
						{ label: 'Incident clock', link: '/tools/incident-clock/' },
						{ label: 'Message templates', link: '/tools/templates/' },
					],
				},
			],
		}),
		preact(),
	],
});

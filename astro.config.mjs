// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';
import { contentSecurityPolicy, cspAudit } from './src/integrations/csp.ts';
import { readSettings } from './src/integrations/read-settings.ts';
import offline from './src/integrations/service-worker/index.ts';
import tableLabels from './src/integrations/table-labels.ts';
import { rehypeTaskListLabels } from './src/lib/markdown/task-list-labels.ts';

const settings = readSettings(new URL('./src/content/', import.meta.url));

export default defineConfig({
	site: settings?.siteUrl ?? 'https://handbook.example.com',
	// Nothing may load from another origin: the handbook must work while the internet is on fire.
	prefetch: false,
	devToolbar: { enabled: false },
	// A Content-Security-Policy `<meta>` on every page: what it allows, and why, is in
	// src/integrations/csp.ts; cspAudit() below fails the build if a page breaks it.
	security: { csp: contentSecurityPolicy() },
	// Code is highlighted by Starlight's Expressive Code; Astro's Shiki never runs (saying so also
	// keeps Astro from warning that Shiki's inline styles do not suit a CSP).
	markdown: { rehypePlugins: [rehypeTaskListLabels], syntaxHighlight: false },
	integrations: [
		// First, so bad content stops the build before Starlight or Astro log anything confusing.
		contentIntegrity(),
		// Before the integrations that read the built pages (Pagefind…), so they read the final files.
		tableLabels(),
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
			customCss: ['./src/styles/firebreak.css', './src/styles/print.css'],
			// The offline copy: service worker, web app manifest, and a footer saying when this copy was
			// built and how much of it is saved on this device (src/integrations/service-worker/).
			plugins: [offline()],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				SiteTitle: './src/components/overrides/SiteTitle.astro',
				Hero: './src/components/overrides/Hero.astro',
			},
			routeMiddleware: [
				// "On this page" lists the headings components render, too.
				'./src/route-middleware/toc-headings.ts',
				// Search (Pagefind) needs 'wasm-unsafe-eval' in the CSP on the pages that have it.
				'./src/route-middleware/search-csp.ts',
			],
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
						{ label: 'Printable binder', link: '/print/' },
					],
				},
			],
		}),
		preact(),
		// Last, so it checks the pages as the other integrations leave them.
		cspAudit(),
	],
});

// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import baseLinks from './src/integrations/base-links.ts';
import buildLog from './src/integrations/build-log.ts';
import builtPages from './src/integrations/built-pages.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import { contentSecurityPolicy, cspAudit } from './src/integrations/csp.ts';
import { readSettings } from './src/readers/read-settings.ts';
import offline from './src/integrations/service-worker/index.ts';
import { baseFromSiteUrl } from './src/lib/url/base-path.ts';

/** A chunk test: the module is one of `paths` (from the project's root, `/` separated). */
const inPaths = (/** @type {string[]} */ paths) => (/** @type {string} */ id) =>
	paths.some((path) => id.replaceAll('\\', '/').includes(path));

/**
 * How the islands' code is split into files. Left to itself, rolldown makes a chunk for each
 * combination of islands that shares a module (eleven files for the incident clock), and each is
 * gzipped on its own: 2 KB more than the same code in one file. Measured with these groups:
 * clock 21.3 → 20.0 KB, calculator 12.0 → 11.3 KB, each filler 19.0 → 18.4 KB; pages without an
 * island load none of it.
 */
const CHUNK_GROUPS = [
	// Apart, because the 404 page's script needs them and not Preact; first, so the islands' chunk
	// does not take them in as its modules' dependencies.
	{ name: 'site-paths', test: inPaths(['/src/site-path.ts', '/src/lib/url/']), priority: 2 },
	// What every island uses: Preact, time formats, level labels, runbook links, downloads.
	{
		name: 'islands',
		test: inPaths([
			'/node_modules/preact/',
			'/src/lib/time/',
			'/src/lib/views/level-view.ts',
			'/src/lib/runbooks/known-runbook.ts',
			'/src/lib/incident/channel-name.ts',
			'/src/components/islands/shared/download.ts',
			'/src/components/islands/shared/useRunbooks.ts',
		]),
		priority: 1,
	},
	// The incident log and its validation: the clock loads it at once, a filler when it reads the
	// clock's incident.
	{
		name: 'incident-log',
		test: inPaths([
			'/src/lib/incident/events.ts',
			'/src/lib/incident/store.ts',
			'/src/components/islands/shared/incident-storage.ts',
			'/node_modules/valibot/',
		]),
		priority: 0,
	},
];

const settings = readSettings(new URL('./src/content/', import.meta.url));

export default defineConfig({
	site: settings?.siteUrl ?? 'https://handbook.example.com',
	// Served under the site URL's path (`https://example.github.io/handbook/` → `/handbook/`), so
	// the sub-path is typed once, in src/content/settings.yaml.
	base: settings ? baseFromSiteUrl(settings.siteUrl) : '/',
	// Nothing may load from another origin: the handbook must work while the internet is on fire.
	prefetch: false,
	devToolbar: { enabled: false },
	// A Content-Security-Policy `<meta>` on every page: what it allows, and why, is in
	// src/integrations/csp.ts; cspAudit() below fails the build if a page breaks it.
	security: { csp: contentSecurityPolicy() },
	// Code is highlighted by Starlight's Expressive Code; Astro's Shiki never runs (saying so also
	// keeps Astro from warning that Shiki's inline styles do not suit a CSP). No remark or rehype
	// plugins: they would take Markdown off Astro's fast (Sätteri) path; task lists and tables are
	// labelled after the build (src/integrations/built-pages.ts).
	markdown: { syntaxHighlight: false },
	vite: {
		build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } },
		resolve: {
			// Starlight's search box loads Pagefind's UI (26 KB gzip) on every page as soon as the
			// browser is idle; this stand-in loads it when the reader reaches for search.
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(
						new URL('./src/components/overrides/search-on-intent.ts', import.meta.url),
					),
				},
			],
		},
	},
	integrations: [
		// Under a sub-path, puts Markdown's links from the site's root under it. Its only work is after
		// the build, and it must come first there: every later integration reads the final links.
		baseLinks(),
		// The one pass over the built pages: labels, and what the dead-link check and the CSP audit
		// read. Before them, and before Pagefind and the offline copy, which read the final pages. It
		// does nothing before the build, so bad content still stops the build first.
		builtPages(),
		// Checks the content as the build starts, so bad content stops it before Starlight or Astro
		// log anything confusing.
		contentIntegrity(),
		// No warning per MDX page in the build log.
		buildLog(),
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
		// Last, so a dead link (the content's problem) is reported before a CSP problem (ours).
		cspAudit(),
	],
});

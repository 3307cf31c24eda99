// The offline copy, as one Starlight plugin: after one visit every page, the search and every tool
// work with the network off. It links the web app manifest from every page, puts Firebreak's
// footer (built-at stamp, offline status, reload offer) in place of Starlight's, stamps the build
// time into the pages, and after the build (and after Pagefind) writes the service worker.
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildTime } from '../../lib/offline/built-at.ts';
import { THEME_COLOUR } from '../../lib/offline/web-manifest.ts';
import { readSettings } from '../../readers/read-settings.ts';
import { writeOfflineCopy } from './generate-worker.ts';

const FOOTER = fileURLToPath(new URL('../../components/overrides/Footer.astro', import.meta.url));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

function serviceWorker(): AstroIntegration {
	let root: URL;
	let base = '/';
	return {
		name: 'firebreak:service-worker',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = config.root;
				base = withSlash(config.base);
				// One time for the whole build, read by the footer (`__FIREBREAK_BUILT_AT__`).
				const builtAt = buildTime(process.env, new Date());
				updateConfig({ vite: { define: { __FIREBREAK_BUILT_AT__: JSON.stringify(builtAt) } } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const settings = readSettings(new URL('./src/content/', root));
				// The content check stops the build before this when the settings are invalid.
				if (!settings) throw new Error('src/content/settings.yaml is missing or invalid.');
				const report = await writeOfflineCopy(fileURLToPath(dir), { settings, base });
				for (const warning of report.warnings) logger.warn(warning);
				logger.info(
					`Offline copy: precache ${report.precacheFiles} files (${kb(report.precacheBytes)}), ` +
						`service worker ${kb(report.workerBytes)}; saved in the background: ${report.pages} pages, ` +
						`${report.redirects} redirects and ${report.files} files (${kb(report.backgroundBytes)}) ` +
						`(${Math.round(performance.now() - started)} ms).`,
				);
			},
		},
	};
}

/** Starlight plugin: register in `starlight({ plugins: [offline()] })`. */
export default function offline(): StarlightPlugin {
	return {
		name: 'firebreak:offline',
		hooks: {
			'config:setup'({ config, astroConfig, updateConfig, addIntegration }) {
				if (config.components?.Footer && config.components.Footer !== FOOTER) {
					throw new Error(
						`Starlight's Footer is overridden twice: the offline plugin puts src/components/overrides/Footer.astro in place (it shows the built-at stamp and the offline status). Remove "Footer" from starlight({ components }) in astro.config.mjs, or extend that component instead.`,
					);
				}
				const root = withSlash(astroConfig.base);
				updateConfig({
					head: [
						...(config.head ?? []),
						{ tag: 'link', attrs: { rel: 'manifest', href: `${root}manifest.webmanifest` } },
						{ tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOUR } },
					],
					components: { ...config.components, Footer: FOOTER },
				});
				addIntegration(serviceWorker());
			},
		},
	};
}

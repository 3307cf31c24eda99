// Keeps the build log readable at any size: no line per page that says nothing to act on.
import type { AstroIntegration } from 'astro';

/**
 * Astro marks each content page's style-propagation module with the directive
 * "use astro:head-inject", which Astro itself reads; the bundler (Rolldown) does not know it and
 * warns, with a multi-line code frame, once per MDX page (3,000 warnings at 3,000 runbooks). Only
 * that warning is dropped: any other directive, or any other warning, is still printed.
 */
export const isHeadInjectDirectiveWarning = (log: { code?: string; message?: string }) =>
	log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');

export default function buildLog(): AstroIntegration {
	return {
		name: 'firebreak:build-log',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'firebreak:quiet-head-inject-directive',
								onLog: (_level, log) => !isHeadInjectDirectiveWarning(log),
							},
						],
					},
				});
			},
		},
	};
}

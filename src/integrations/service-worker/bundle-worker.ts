// Bundles worker.ts (TypeScript, importing the pure helpers in src/lib/offline) into one classic
// script for the generated service worker to `importScripts`. Vite is Astro's own bundler, so
// this adds no tool to the build. Node-only.
import { fileURLToPath } from 'node:url';

const WORKER_ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** The worker extension's code, with the offline list's file name compiled in. */
export async function bundleWorker(offlineListFile: string): Promise<string> {
	const { build } = await import('vite');
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		define: { __FIREBREAK_OFFLINE_LIST__: JSON.stringify(offlineListFile) },
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			lib: { entry: WORKER_ENTRY, formats: ['iife'], name: 'firebreakOfflineWorker' },
		},
	});
	const results = Array.isArray(output) ? output : [output];
	for (const result of results) {
		if (!('output' in result)) continue;
		const chunk = result.output.find((item) => item.type === 'chunk');
		if (chunk) return chunk.code;
	}
	throw new Error(`Bundling ${WORKER_ENTRY} produced no script.`);
}

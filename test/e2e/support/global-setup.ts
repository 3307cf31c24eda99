import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, PROJECT_ROOT } from '../../support/astro-build.ts';
import { findChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}

/**
 * Builds the site once for every e2e test and serves `dist/` on 127.0.0.1 at a free port.
 * Set FIREBREAK_E2E_REUSE_BUILD=1 to skip the build when `dist/` is already fresh (local runs).
 */
export default async function setup(project: TestProject) {
	findChromium(); // Fail first, and clearly, if there is no browser.
	const distDir = join(PROJECT_ROOT, 'dist');
	if (!(process.env.FIREBREAK_E2E_REUSE_BUILD === '1' && existsSync(distDir))) {
		const { code, output } = await astroBuild(PROJECT_ROOT);
		if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
	}
	const server = await serveStatic(distDir);
	project.provide('baseUrl', server.url);
	project.provide('distDir', distDir);
	return () => server.close();
}

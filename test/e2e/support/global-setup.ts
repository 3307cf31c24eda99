import type { TestProject } from 'vitest/node';
import { findChromium } from '../../support/chromium.ts';
import { HANDBOOK_FIXTURE } from '../../support/content.ts';
import { buildSiteWith } from '../../support/site-build.ts';
import { serveStatic } from '../../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}

/**
 * Product tests drive the tools on a fixture handbook (test/fixtures/handbook/), never on
 * src/content/: an organisation that replaces the content keeps these tests green. The site is
 * built once and served on 127.0.0.1 at a free port. FIREBREAK_E2E_REUSE_BUILD=1 reuses the build.
 */
export default async function setup(project: TestProject) {
	findChromium(); // Fail first, and clearly, if there is no browser.
	const distDir = await buildSiteWith('product-fixture', HANDBOOK_FIXTURE);
	const server = await serveStatic(distDir);
	project.provide('baseUrl', server.url);
	project.provide('distDir', distDir);
	return () => server.close();
}

import type { TestProject } from 'vitest/node';
import { findChromium } from '../../support/chromium.ts';
import { FIXTURE_P0_P3, THIS_HANDBOOK } from '../../support/content.ts';
import { buildSiteWith, buildThisHandbook } from '../../support/site-build.ts';
import { serveStatic } from '../../support/static-server.ts';

export interface HandbookSite {
	name: string;
	baseUrl: string;
	distDir: string;
	contentDir: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		handbooks: HandbookSite[];
	}
}

/**
 * The handbook checks hold for any valid handbook, so they run on this organisation's own content
 * (src/content, built into dist/ as `npm run build` does) and, as proof that replacing the content
 * keeps them green, on a second organisation's P0–P3 handbook (test/fixtures/content-p0-p3).
 */
export default async function setup(project: TestProject) {
	findChromium();
	const builds = [
		{ name: 'this handbook (src/content)', contentDir: THIS_HANDBOOK, build: buildThisHandbook() },
		{
			name: 'a P0–P3 handbook (test/fixtures/content-p0-p3)',
			contentDir: FIXTURE_P0_P3,
			build: buildSiteWith('p0-p3-fixture', FIXTURE_P0_P3),
		},
	];
	const sites: HandbookSite[] = [];
	const servers: Awaited<ReturnType<typeof serveStatic>>[] = [];
	for (const { name, contentDir, build } of builds) {
		const distDir = await build;
		const server = await serveStatic(distDir);
		servers.push(server);
		sites.push({ name, baseUrl: server.url, distDir, contentDir });
	}
	project.provide('handbooks', sites);
	return () => Promise.all(servers.map((server) => server.close()));
}

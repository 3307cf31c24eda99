import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, PROJECT_ROOT } from './astro-build.ts';

/**
 * Builds the site with `contentDir` as its content into `.tmp/sites/<name>/`, a stable place, so
 * FIREBREAK_E2E_REUSE_BUILD=1 can skip the build on local reruns. Returns the `dist/` directory.
 */
export async function buildSiteWith(
	name: string,
	contentDir: string,
	env: Record<string, string> = {},
): Promise<string> {
	const root = join(PROJECT_ROOT, '.tmp/sites', name);
	const distDir = join(root, 'dist');
	if (process.env.FIREBREAK_E2E_REUSE_BUILD === '1' && existsSync(distDir)) return distDir;
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
	}
	rmSync(join(root, 'src/content'), { recursive: true });
	cpSync(contentDir, join(root, 'src/content'), { recursive: true });
	const { code, output } = await astroBuild(root, env);
	if (code !== 0) throw new Error(`astro build of ${name} failed (exit ${code}):\n${output}`);
	return distDir;
}

/** Builds this handbook as it is (`src/content`) into `dist/`, as `npm run build` does. */
export async function buildThisHandbook(): Promise<string> {
	const distDir = join(PROJECT_ROOT, 'dist');
	if (process.env.FIREBREAK_E2E_REUSE_BUILD === '1' && existsSync(distDir)) return distDir;
	const { code, output } = await astroBuild(PROJECT_ROOT);
	if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
	return distDir;
}

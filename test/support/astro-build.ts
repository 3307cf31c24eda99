import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Runs `astro build` in `root`; resolves with the exit code and everything it printed. */
export function astroBuild(
	root: string,
	env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
	const args = ['build'];
	// Vitest puts Vite's `import.meta.env` values in process.env (BASE_URL, MODE…), and Astro lets
	// process.env override `import.meta.env` in server code: a site built from a test would have
	// `BASE_URL` `/` whatever its `base`. The build gets the environment a shell gives it.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name),
		),
	);
	return new Promise((resolvePromise, reject) => {
		// The running Node (22, from the `node` devDependency), not whatever `node` is first on PATH.
		const child = spawn(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), ...args],
			{
				cwd: root,
				// NODE_ENV=production: under Vitest it is `test`, which makes Astro build a site whose
				// `import.meta.env.DEV` is true (Starlight then ships its "search only works in
				// production" placeholder). Tests must exercise the site users get.
				env: {
					...inherited,
					NODE_ENV: 'production',
					ASTRO_TELEMETRY_DISABLED: '1',
					FORCE_COLOR: '0',
					NO_COLOR: '1',
					...env,
				},
			},
		);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
	});
}

/**
 * A throwaway copy of the site (sources and config) whose content can be replaced or edited: how
 * tests build other organisations' handbooks and broken ones. The content is the fixture handbook
 * (test/fixtures/handbook) unless another is given: product tests never build src/content, so an
 * organisation that replaces it keeps them green.
 */
export function makeSiteCopy(options: { content?: string; overlay?: string } = {}): {
	root: string;
	remove: () => void;
} {
	// Inside the project (git-ignored) rather than /tmp, so packages resolve from the project's own
	// node_modules by walking up, as they would in a fork; a symlinked node_modules confuses Vite.
	mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'site-'));
	for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
	}
	rmSync(join(root, 'src/content'), { recursive: true });
	cpSync(
		options.content ?? join(PROJECT_ROOT, 'test/fixtures/handbook'),
		join(root, 'src/content'),
		{
			recursive: true,
		},
	);
	if (options.overlay) cpSync(options.overlay, join(root, 'src/content'), { recursive: true });
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

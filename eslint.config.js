// @ts-check
// Lint with type information (typescript-eslint's strict type-checked rules on the project's own
// tsconfig, through the project service) and with the globals each kind of file really runs with.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What src/lib uses beyond the language itself: in both Node and browsers, and touches nothing. */
const sharedPureGlobals = Object.fromEntries(
	['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'atob', 'btoa'].map((name) => [
		name,
		/** @type {const} */ ('readonly'),
	]),
);
/** @types/node's type-only namespace (`NodeJS.Signals`), which `no-undef` cannot tell from a value. */
const nodeGlobals = { ...globals.node, NodeJS: /** @type {const} */ ('readonly') };

export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'coverage/'] },
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	{
		name: 'firebreak/typescript',
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// With `noUncheckedIndexedAccess` (tsconfig strictest), `list[i]!` after a bounds check or
			// `map.get(key)!` after `has` is the plain way to say what the code already guarantees; the
			// alternatives (a throw, `?? ''`) add branches no input can reach.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Numbers read naturally in messages (`${minutes} min`); the rest (objects, `any`,
			// nullish) stays forbidden.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `onClick={() => setOpen(false)}` is how Preact handlers and test callbacks read; the rule
			// still catches a void value used in any other expression.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
		},
	},
	{
		// TypeScript checks names for .ts files, but the one tsconfig loads the DOM and Node types for
		// every file, so it cannot say that pure code touched `document` or `process`. `no-undef`
		// can, with the globals below and the scope analysis told about the language's own types
		// only (not the DOM's).
		name: 'firebreak/typescript-globals',
		files: ['**/*.{ts,tsx}'],
		languageOptions: { parserOptions: { lib: ['esnext'] } },
		rules: { 'no-undef': 'error' },
	},
	{
		// Vitest types every asymmetric matcher (`expect.stringContaining(…)`) as `any`, so this rule
		// fires on each one placed in an expected object. The other no-unsafe-* rules stay on.
		name: 'firebreak/tests',
		files: ['test/**'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	astro.configs.recommended,
	{
		// Type information for .astro frontmatter is not workable: astro-eslint-parser has no
		// project-service support (it builds a second TypeScript program and rebuilds it for every
		// .astro file: 85 s of CPU for 35 files), and it does not infer `Astro.props` from
		// `getStaticPaths` as `astro check` does, so the type-checked rules report `any` and error
		// types that are not there. `astro check` (npm run check:types) type-checks these files.
		name: 'firebreak/astro-without-types',
		files: ['**/*.astro', '**/*.astro/*.{js,ts}'],
		...tseslint.configs.disableTypeChecked,
	},

	// The layers (src/README.md): schemas at the bottom, the pure src/lib on them, everything else
	// above. A lower layer never imports a higher one, nor Astro's virtual modules or the disk.
	{
		name: 'firebreak/layers/lib',
		files: ['src/lib/**', 'src/schemas/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['astro:*'],
							message: 'src/lib and src/schemas run anywhere: take the data as an argument.',
						},
						{
							group: ['node:*', '!node:crypto'],
							message: 'src/lib is pure: the caller reads the disk or the network (src/readers/).',
						},
						{
							group: [
								'**/components/**',
								'**/pages/**',
								'**/integrations/**',
								'**/readers/**',
								'**/handbook.ts',
								'**/route-middleware/**',
							],
							message: 'A lower layer does not import a higher one (src/README.md).',
						},
					],
				},
			],
		},
	},
	{
		name: 'firebreak/layers/schemas',
		files: ['src/schemas/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'astro:*',
								'node:*',
								'**/lib/**',
								'**/components/**',
								'**/pages/**',
								'**/integrations/**',
							],
							message: 'Schemas are the bottom layer: they import only each other and zod.',
						},
					],
				},
			],
		},
	},

	// Globals per kind of file. Files not named here (src/schemas, src/site-path.ts, which islands
	// import too) get the language's own and nothing else: pure code takes the time, the storage
	// and the network from its callers.
	{
		name: 'firebreak/globals/pure',
		files: ['src/lib/**'],
		languageOptions: { globals: sharedPureGlobals },
	},
	{
		name: 'firebreak/globals/browser',
		files: ['src/components/islands/**', 'src/components/overrides/*.ts'],
		languageOptions: { globals: globals.browser },
	},
	{
		// Bundled on its own and loaded by the service worker.
		name: 'firebreak/globals/service-worker',
		files: ['src/integrations/service-worker/worker.ts'],
		languageOptions: { globals: globals.serviceworker },
	},
	{
		// Build time and the command line: config files, scripts, Astro integrations, readers, route
		// middleware, the data builders and endpoints the build runs, and the tests.
		name: 'firebreak/globals/node',
		files: [
			'*.{js,mjs,ts}',
			'scripts/**',
			'src/integrations/**',
			'src/readers/**',
			'src/route-middleware/**',
			'src/pages/**/*.ts',
			'src/content.config.ts',
			'src/handbook.ts',
			'test/**',
		],
		ignores: ['src/integrations/service-worker/worker.ts'],
		languageOptions: { globals: nodeGlobals },
	},
	{
		// Workbox serialises these route handlers into the generated service worker.
		name: 'firebreak/globals/service-worker-handlers',
		files: ['src/integrations/service-worker/generate-worker.ts'],
		languageOptions: { globals: { self: 'readonly', caches: 'readonly' } },
	},
	{
		// Callbacks given to Playwright's `page.evaluate` run in Chromium; island tests render in
		// happy-dom (vitest.config.ts).
		name: 'firebreak/globals/browser-driving',
		files: ['test/**', 'scripts/pdf.ts', 'scripts/lib/page-transfer.ts'],
		languageOptions: { globals: { ...nodeGlobals, ...globals.browser } },
	},
);

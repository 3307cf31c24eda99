import { defineConfig } from 'vitest/config';

// One project per environment, so each test runs where it belongs and `npm test` runs them all.
export default defineConfig({
	test: {
		// Two at a time, even on two cores: most tests wait on Chromium or a build's I/O, and one
		// worker (the default on two cores) left half the machine idle (15 min for the suite).
		maxWorkers: 2,
		projects: [
			{
				test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
			},
			{
				test: {
					name: 'islands',
					environment: 'happy-dom',
					include: ['test/islands/**/*.test.{ts,tsx}'],
					globals: true,
				},
			},
			{
				test: {
					name: 'content',
					environment: 'node',
					include: ['test/content/**/*.test.ts'],
					// Some cases build a copy of the site; builds are slow-ish and share the CPU.
					testTimeout: 180_000,
					hookTimeout: 180_000,
				},
			},
			{
				test: {
					// Checks that hold for any valid handbook, run on src/content and on a second
					// organisation's handbook: an organisation that replaces the content keeps them green.
					name: 'handbook',
					environment: 'node',
					include: ['test/handbook/**/*.test.ts'],
					globalSetup: ['test/handbook/support/global-setup.ts'],
					testTimeout: 300_000,
					hookTimeout: 300_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					// Product tests: the tools in Chromium, on the fixture handbook (test/fixtures/handbook).
					name: 'e2e',
					environment: 'node',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/support/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// One browser at a time: two cores, and Chromium is the heaviest thing here.
					fileParallelism: false,
				},
			},
		],
	},
});

// Builds a throwaway copy of the site with generated runbooks and measures the build: wall time,
// pages built, time per page and peak memory (GNU time's maximum resident set size). Node-only.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy, PROJECT_ROOT } from '../../test/support/astro-build.ts';
import { writeGeneratedRunbooks } from './generate-runbooks.ts';

export interface BuildMeasurement {
	runbooks: number;
	pages: number;
	seconds: number;
	msPerPage: number;
	/** Peak resident memory of the build process, MB; undefined without /usr/bin/time. */
	peakMb: number | undefined;
	/**
	 * CPU time (user + system) of the build and its child processes (Pagefind), s: steadier than
	 * wall time when the machine is busy. Undefined without /usr/bin/time.
	 */
	cpuSeconds: number | undefined;
	/** The build's log, for reading what took the time (its lines carry the time of day). */
	log: string;
	/** Lines of the build log, and how many of them are warnings. */
	logLines: number;
	warnings: number;
	/** The site copy, still on disk when `keep` was asked for (its `dist/` is the build). */
	root: string;
	remove: () => void;
}

const GNU_TIME = '/usr/bin/time';

function countPages(dir: string): number {
	let pages = 0;
	for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (item.isFile() && item.name.endsWith('.html')) pages++;
	}
	return pages;
}

/** Runs `astro build` in `root`, under GNU time when it is there. */
function timedBuild(root: string): Promise<{ code: number; output: string; seconds: number }> {
	const astro = [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
	const [command, args] = existsSync(GNU_TIME)
		? [GNU_TIME, ['-v', process.execPath, ...astro]]
		: [process.execPath, astro];
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: root,
			env: {
				...process.env,
				NODE_ENV: 'production',
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 });
		});
	});
}

/**
 * Copies the site, lets `prepare` change the copy, adds `runbooks` generated runbooks and builds it. Throws with the build log
 * when the build fails. The copy is removed unless `keep` is set (then call `remove()`).
 */
export async function measureBuild(
	runbooks: number,
	options: { keep?: boolean; prepare?: (root: string) => void } = {},
): Promise<BuildMeasurement> {
	const site = makeSiteCopy();
	try {
		// Anything else the copy needs before it builds (another handbook's files, a change to try).
		options.prepare?.(site.root);
		writeGeneratedRunbooks(site.root, runbooks);
		const { code, output, seconds } = await timedBuild(site.root);
		if (code !== 0)
			throw new Error(`The build of ${String(runbooks)} generated runbooks failed:\n${output}`);
		const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
		const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
		const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
		const log = output.split('\n').filter((line) => !/^\t/.test(line) && line.trim());
		const pages = countPages(join(site.root, 'dist'));
		const measurement: BuildMeasurement = {
			runbooks,
			pages,
			seconds,
			msPerPage: (seconds * 1000) / pages,
			peakMb: rss ? Number(rss) / 1024 : undefined,
			cpuSeconds: user && system ? Number(user) + Number(system) : undefined,
			log: output,
			logLines: log.length,
			warnings: log.filter((line) => /\bwarn|warning/i.test(line)).length,
			root: site.root,
			remove: site.remove,
		};
		if (!options.keep) site.remove();
		return measurement;
	} catch (error) {
		site.remove();
		throw error;
	}
}

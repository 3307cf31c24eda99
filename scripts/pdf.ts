// `npm run pdf [-- <file.pdf>] [--no-build] [--format=Letter]`: prints the binder (/print/: the
// severity levels, escalation, roles and every runbook) to a PDF with the system Chromium, for the
// day the laptop and a printout are all that is left. Builds the site first unless --no-build,
// serves dist/ on 127.0.0.1 like any static host, and writes binder.pdf unless told another file.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';

export type PaperFormat = 'A4' | 'Letter';

export interface BinderPdf {
	path: string;
	pages: number;
	bytes: number;
}

/** Chromium writes one `/Type /Page` dictionary per page (and `/Type /Pages` for the tree). */
const countPages = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/**
 * Prints the binder of the site served at `baseUrl` to `path`: A4 (or Letter) with page numbers
 * and the handbook's title in the footer, and a PDF outline (bookmarks) from the headings, so a
 * reader can jump to a runbook in any PDF viewer.
 */
export async function printBinder(
	baseUrl: string,
	path: string,
	{ format = 'A4' }: { format?: PaperFormat } = {},
): Promise<BinderPdf> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const url = new URL('/print/', baseUrl).href;
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}.`);
		await page.evaluate(() => document.fonts.ready);
		const footer =
			'<div style="width:100%;margin:0 14mm;font:8px system-ui,sans-serif;color:#555;display:flex;justify-content:space-between">' +
			'<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';
		const pdf = await page.pdf({
			path,
			format,
			printBackground: true,
			outline: true,
			tagged: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: footer,
			margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
		});
		return { path, pages: countPages(pdf), bytes: pdf.length };
	} finally {
		await browser.close();
	}
}

async function main(args: string[]) {
	const root = process.cwd();
	const out = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'binder.pdf');
	const format = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length) ?? 'A4';
	if (format !== 'A4' && format !== 'Letter')
		throw new Error(`--format is A4 or Letter, not ${format}.`);
	const dist = join(root, 'dist');
	if (!args.includes('--no-build')) {
		const build = spawnSync(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
			{
				stdio: 'inherit',
				env: { ...process.env, NODE_ENV: 'production' },
			},
		);
		if (build.status !== 0) process.exit(build.status ?? 1);
	} else if (!existsSync(join(dist, 'print/index.html'))) {
		throw new Error(
			'dist/ has no binder (dist/print/index.html): run `npm run pdf` without --no-build.',
		);
	} else {
		console.log(
			`Using the build in dist/ from ${statSync(join(dist, 'print/index.html')).mtime.toISOString()}.`,
		);
	}
	const server = await serveStatic(dist);
	try {
		const started = performance.now();
		const pdf = await printBinder(server.url, out, { format });
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(
			`Wrote ${pdf.path}: ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB, in ${seconds} s.`,
		);
	} finally {
		await server.close();
	}
}

if (import.meta.main) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}

// What a built page costs a reader: its HTML and every script it runs, gzipped, as a phone on a
// bad connection would download them. Used by `npm run bench` and by size tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	htmlBytes: number;
	htmlGzip: number;
	/** Scripts written into the HTML (Starlight's theme and search bootstraps). */
	inlineJsGzip: number;
	/** Module scripts and island code the page loads, with their static imports, gzipped each. */
	moduleJsGzip: number;
	/** Just the islands: component and renderer code reachable from `<astro-island>`. */
	islandJsGzip: number;
	modules: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static imports of an ES module, as site paths. */
function importsOf(code: string, from: string): string[] {
	const specifiers = [
		...code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g),
	].map((m) => m[1]!);
	return specifiers.map((specifier) =>
		specifier.startsWith('/') ? specifier : resolve(dirname(from), specifier),
	);
}

/** Every module reachable from `entries` by static imports (what the browser will fetch). */
function moduleGraph(distDir: string, entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		const file = join(distDir, path);
		if (!existsSync(file)) continue;
		seen.add(path);
		queue.push(...importsOf(readFileSync(file, 'utf8'), path));
	}
	return [...seen];
}

export function pageWeight(distDir: string, pagePath: string): PageWeight {
	const htmlFile = join(distDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.join('\n');
	const moduleSrcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
	const islandSrcs = [
		...html.matchAll(/<astro-island[^>]*?\b(?:component-url|renderer-url)="([^"]+)"/g),
	].map((m) => m[1]!);
	const inlineImports = importsOf(inline, '/');
	const modules = moduleGraph(distDir, [...moduleSrcs, ...islandSrcs, ...inlineImports]);
	const islandModules = moduleGraph(distDir, islandSrcs);
	const size = (paths: string[]) =>
		paths.reduce((sum, path) => sum + gz(readFileSync(join(distDir, path))), 0);
	return {
		htmlBytes: Buffer.byteLength(html),
		htmlGzip: gz(html),
		inlineJsGzip: inline.trim() ? gz(inline) : 0,
		moduleJsGzip: size(modules),
		islandJsGzip: size(islandModules),
		modules,
	};
}

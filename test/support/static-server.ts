import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves a built site from `dir` on 127.0.0.1 at a free port, like any static host would, with
 * the headers `headersFor` gives each path (none by default). With `base` (`/handbook/`), the site
 * is served under that sub-path, as on a GitHub project page: nothing outside it exists.
 * `deploy` switches it to another built site at the same origin, as a deploy replaces the files.
 * With `compress`, text is sent gzipped as every real host sends it (for Lighthouse, which would
 * otherwise time the page's bytes uncompressed); tests read bodies and need not.
 */
export async function serveStatic(
	dir: string,
	headersFor: (pathname: string) => Iterable<[string, string]> = () => [],
	{ base = '/', compress = false }: { base?: string; compress?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; deploy: (dir: string) => void }> {
	let handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	let notFound = sirv(dir, { dev: false });
	const gzip = compress ? compression() : undefined;
	const respond = (req: IncomingMessage, res: ServerResponse) => {
		for (const [name, value] of headersFor(new URL(req.url ?? '/', 'http://x').pathname)) {
			res.setHeader(name, value);
		}
		// Unknown paths get the site's own 404 page with a 404 status, as a real host would.
		const notFoundPage = () => {
			res.statusCode = 404;
			req.url = '/404.html';
			notFound(req, res, () => {
				res.end('Not found');
			});
		};
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			notFoundPage();
			return;
		}
		// The file's path in `dir`: the request's path without the base.
		req.url = `/${url.slice(base.length)}`;
		handler(req, res, notFoundPage);
	};
	const server: Server = createServer((req, res) => {
		// The middleware is typed for Express; it only wraps Node's own request and response.
		if (gzip) gzip(req as never, res as never, () => respond(req, res));
		else respond(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
		deploy: (next) => {
			handler = sirv(next, { dev: false, etag: true, extensions: ['html'] });
			notFound = sirv(next, { dev: false });
		},
	};
}

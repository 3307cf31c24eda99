import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built site from `dir` on 127.0.0.1 at a free port, like any static host would, with
 * the headers `headersFor` gives each path (none by default).
 */
export async function serveStatic(
	dir: string,
	headersFor: (pathname: string) => Iterable<[string, string]> = () => [],
): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const notFound = sirv(dir, { dev: false });
	const server: Server = createServer((req, res) => {
		for (const [name, value] of headersFor(new URL(req.url ?? '/', 'http://x').pathname)) {
			res.setHeader(name, value);
		}
		handler(req, res, () => {
			// Unknown paths get the site's own 404 page with a 404 status, as a real host would.
			res.statusCode = 404;
			req.url = '/404.html';
			notFound(req, res, () => {
				res.end('Not found');
			});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

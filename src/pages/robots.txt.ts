// `/robots.txt`: crawlers may read the handbook and find every page through its sitemap. Without
// it a host answers with the "page not found" page, which crawlers read as a broken robots.txt.
// To keep a public copy out of search engines, serve it privately or add `Disallow: /` here.
import type { APIRoute } from 'astro';
import { getSettings } from '../handbook.ts';
import { sitePath } from '../site-path.ts';

export const GET: APIRoute = async () => {
	const settings = await getSettings();
	const sitemap = new URL(sitePath('/sitemap-index.xml'), settings.siteUrl).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};

/**
 * Every page the built sitemap lists, as paths (the sitemap holds the production URLs). A site
 * served under a sub-path is given with it, ending in `/`: `http://127.0.0.1:4321/handbook/`.
 */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
	const locs = async (path: string) =>
		[...(await (await fetch(new URL(path, baseUrl))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1]!).pathname,
		);
	const sitemaps = await locs(new URL('sitemap-index.xml', baseUrl).pathname);
	return (await Promise.all(sitemaps.map(locs))).flat();
}

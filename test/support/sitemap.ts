/** Every page the built sitemap lists, as paths (the sitemap holds the production URLs). */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
	const locs = async (path: string) =>
		[...(await (await fetch(new URL(path, baseUrl))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1]!).pathname,
		);
	const sitemaps = await locs('/sitemap-index.xml');
	return (await Promise.all(sitemaps.map(locs))).flat();
}

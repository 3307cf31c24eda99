// The site may be served under a sub-path (`base`, e.g. `/handbook/` for a GitHub project page).
// Every link the site writes is root-relative (`/tools/severity/`) in the source; these put it
// under the base. Pure: Astro code passes `import.meta.env.BASE_URL` (src/site-path.ts), the build
// passes its config's `base`.

/** The base with one leading and one trailing slash: `handbook` and `/handbook` give `/handbook/`. */
export function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base a site URL implies: its path (`https://example.github.io/handbook/` → `/handbook/`).
 * The settings' `siteUrl` says where the handbook is published, so the base is never typed twice.
 */
export function baseFromSiteUrl(siteUrl: string): string {
	return normaliseBase(new URL(siteUrl).pathname);
}

/** Whether `href` is a path from the site's root (`/x`), not relative, protocol-relative or absolute. */
export const isRootRelative = (href: string) => href.startsWith('/') && !href.startsWith('//');

/**
 * A root-relative path put under `base`: `withBase('/tools/severity/', '/handbook/')` is
 * `/handbook/tools/severity/`. Anything that is not root-relative (`#x`, `x/`, `https://…`) is
 * returned as it is.
 */
export function withBase(path: string, base: string): string {
	const root = normaliseBase(base);
	if (root === '/' || !isRootRelative(path)) return path;
	return `${root}${path.slice(1)}`;
}

/** Whether a root-relative path is already under `base` (`/handbook` and `/handbook/…`). */
export function isUnderBase(path: string, base: string): boolean {
	const root = normaliseBase(base);
	return root === '/' || path.startsWith(root) || path === root.slice(0, -1);
}

/**
 * The path from the site's root for a path under `base` (`/handbook/tools/` → `/tools/`), or
 * undefined when the path is outside it.
 */
export function withoutBase(path: string, base: string): string | undefined {
	const root = normaliseBase(base);
	if (root === '/') return path;
	if (path === root.slice(0, -1)) return '/';
	return path.startsWith(root) ? path.slice(root.length - 1) : undefined;
}

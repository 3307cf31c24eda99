// A path of this site with its base (`import.meta.env.BASE_URL`, from `base` in astro.config.mjs):
// for Astro components and islands alike, which write links from the site's root (`/tools/…`).
import { withBase } from './lib/url/base-path.ts';

/** `/tools/severity/` under the site's base, e.g. `/handbook/tools/severity/`. */
export const sitePath = (path: string): string => withBase(path, import.meta.env.BASE_URL);

// Pagefind, behind Starlight's search box, compiles WebAssembly. It does so in a web worker, whose
// policy comes from the worker script's own response headers (public/_headers restricts no
// scripts), but falls back to the page itself where workers are unavailable or fail, and there
// the page's Content-Security-Policy blocks it unless its script sources include
// 'wasm-unsafe-eval' (WebAssembly only; JavaScript `eval` stays blocked). Starlight runs this
// middleware for its own pages, each of which has the search box; other pages (the alert
// permalinks' redirects) keep the stricter policy.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	context.csp?.insertScriptResource("'wasm-unsafe-eval'");
});

// Pagefind's UI ships no types; this is the part search-on-intent.ts uses.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Puts `term` in the search field and searches for it. */
		triggerSearch(term: string): void;
	}
}

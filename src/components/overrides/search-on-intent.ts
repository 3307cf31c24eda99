// Pagefind's search UI, loaded when the reader reaches for search rather than on every page.
//
// Starlight's search box imports `@pagefind/default-ui` as soon as the browser is idle, on every
// page: 26 KB gzip, the largest thing a runbook page downloads, spent on every page view whether
// or not anyone searches. astro.config.mjs points that import here. This stand-in draws the same
// search field at once and loads Pagefind's UI on the first sign of intent: a pointer over or on
// the search button, keyboard focus on it, Ctrl/⌘ K, the dialog opening or the field itself.
// Whatever the reader types while it loads is handed over, so nothing typed is lost. After one
// visit the offline copy serves the UI from the device (the service worker precaches `_astro/`).

/** What Starlight passes to Pagefind's UI; only these are read here, the rest passes through. */
interface PagefindUIOptions {
	element: string;
	bundlePath: string;
	translations?: Record<string, string>;
	[option: string]: unknown;
}

const SEARCH_BUTTON = 'button[data-open-modal]';

// A class because Starlight calls `new PagefindUI(options)`; all its work is in the constructor.
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
export class PagefindUI {
	constructor(options: PagefindUIOptions) {
		const container = document.querySelector<HTMLElement>(options.element);
		if (!container) return;
		const { field, problem } = drawSearchField(container, options.translations ?? {});
		const dialog = container.closest('dialog');
		const button = container.closest('site-search')?.querySelector(SEARCH_BUTTON);

		let loading: Promise<void> | undefined;
		const load = () => {
			loading ??= Promise.all([
				import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'),
				loadFilters(options.bundlePath),
			]).then(
				([{ PagefindUI: Pagefind }]) => {
					const typed = field.value;
					const wasFocused = document.activeElement === field;
					container.replaceChildren();
					const ui = new Pagefind(options);
					if (typed) ui.triggerSearch(typed);
					const input = container.querySelector('input');
					if (input && (wasFocused || dialog?.open)) {
						input.focus();
						input.setSelectionRange(typed.length, typed.length);
					}
				},
				() => {
					// Offline before the first visit saved it: say so, and try again on the next intent.
					problem.hidden = false;
					loading = undefined;
				},
			);
		};

		for (const intent of ['pointerenter', 'pointerdown', 'focus'])
			button?.addEventListener(intent, load, { passive: true });
		field.addEventListener('focus', load);
		field.addEventListener('input', load);
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') load();
		});
		if (dialog)
			new MutationObserver(() => {
				if (dialog.open) load();
			}).observe(dialog, { attributes: true, attributeFilter: ['open'] });
	}
}

/**
 * Loads every filter's index before Pagefind's UI can search. The UI asks for the filters without
 * waiting, and a search reports only the filters whose index has arrived: when the UI starts at
 * the moment the reader types (as it does here, or on any slow phone), the first results show
 * some filter groups and not others until the next keystroke. This module is the one the UI
 * imports (same URL), so the filters loaded here are the ones its search sees.
 */
async function loadFilters(bundlePath: string): Promise<void> {
	const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as {
		filters(): Promise<unknown>;
	};
	await pagefind.filters();
}

/**
 * The class Pagefind's Svelte build scopes its styles with (`svelte-…`), read from the page's
 * stylesheets (Starlight bundles Pagefind's CSS into its own), so it follows a Pagefind upgrade.
 */
function pagefindScope(): string {
	const scopeIn = (rules: CSSRuleList): string | undefined => {
		for (const rule of Array.from(rules)) {
			const selector = rule instanceof CSSStyleRule ? rule.selectorText : '';
			const scope = /\.pagefind-ui__search-input\.(svelte-[\w-]+)/.exec(selector)?.[1];
			if (scope) return scope;
			// Inside @layer, @media or nesting.
			const nested = 'cssRules' in rule ? scopeIn(rule.cssRules as CSSRuleList) : undefined;
			if (nested) return nested;
		}
		return undefined;
	};
	for (const sheet of Array.from(document.styleSheets)) {
		try {
			const scope = scopeIn(sheet.cssRules);
			if (scope) return scope;
		} catch {
			// A stylesheet from another origin cannot be read; the handbook has none.
		}
	}
	return '';
}

/**
 * Pagefind's search field as its UI draws it (its classes and style scope, so it looks the same
 * and nothing moves when the real one replaces it), and a line for when the UI cannot load.
 */
function drawSearchField(container: HTMLElement, labels: Record<string, string>) {
	const placeholder = labels['placeholder'] ?? 'Search';
	const scope = pagefindScope();
	const root = document.createElement('div');
	root.className = `pagefind-ui pagefind-ui--reset ${scope}`;
	const form = document.createElement('form');
	form.className = `pagefind-ui__form ${scope}`;
	form.setAttribute('role', 'search');
	form.setAttribute('aria-label', labels['search_label'] ?? 'Search this site');
	form.addEventListener('submit', (event) => event.preventDefault());
	const field = document.createElement('input');
	field.className = `pagefind-ui__search-input ${scope}`;
	Object.assign(field, { type: 'text', placeholder, title: placeholder, enterKeyHint: 'search' });
	field.autocapitalize = 'none';
	const problem = document.createElement('p');
	problem.setAttribute('role', 'status');
	problem.hidden = true;
	problem.textContent =
		'Search could not load: this device is offline and has not saved search yet. It will try again when you type.';
	form.append(field);
	root.append(form, problem);
	container.replaceChildren(root);
	return { field, problem };
}

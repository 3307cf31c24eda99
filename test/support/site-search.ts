import type { Locator, Page } from 'playwright-core';

/**
 * Searches with Starlight's search box on the page at `url`, as a reader does: opens the dialog,
 * types `query` and waits for Pagefind's first result. Returns the result links.
 */
export async function searchWithTheBox(page: Page, url: string, query: string): Promise<Locator> {
	await page.goto(url);
	// Starlight's search element must be defined before its button opens anything.
	await page.waitForFunction(() => customElements.get('site-search'));
	await page.locator('site-search button[data-open-modal]').click();
	// The search field by its class: Pagefind's filter checkboxes are inputs too, drawn (hidden)
	// as soon as the filters load, which can be before the field is filled.
	await page.locator('#starlight__search .pagefind-ui__search-input').fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor();
	return results;
}

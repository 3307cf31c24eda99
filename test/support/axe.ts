import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe with WCAG 2.2 AA rules. Starlight's own search button is excluded from one rule: axe 4.14
 * flags its visible "Search Ctrl K" against its accessible name (a known upstream mismatch).
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}) {
	const builder = new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.exclude('site-search > button');
	// Only these rules, when given, instead of every rule with those tags.
	if (rules) builder.withRules(rules);
	const results = await builder.analyze();
	return results.violations.map((violation) => ({
		id: violation.id,
		help: violation.help,
		targets: violation.nodes.map((node) => node.target.join(' ')),
	}));
}

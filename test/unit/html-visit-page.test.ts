import { expect, test } from 'vitest';
import { linkScanner } from '../../src/lib/content/dead-links.ts';
import { labelTableCells, tableCellLabeller } from '../../src/lib/html/table-cell-labels.ts';
import { labelTaskLists, taskListLabeller } from '../../src/lib/html/task-list-labels.ts';
import { visitPage } from '../../src/lib/html/visit-page.ts';

const page =
	'<!doctype html><html><head><script>const s = "<table><thead><tr><th>No</th></tr></thead><tr><td>x</td></tr></table>";</script></head>' +
	'<body><h2 id="mitigate">Mitigate</h2><ul><li><input type="checkbox" disabled> Roll <a href="/runbooks/x/#verify">back</a></li></ul>' +
	'<table><thead><tr><th>Metric</th><th>Act when</th></tr></thead><tbody><tr><td>p99</td><td>&gt; 1 s</td></tr></tbody></table></body></html>';

test('one reading of a page gives what each step gives on its own reading', () => {
	const links = linkScanner();
	const once = visitPage(page, [links, tableCellLabeller(), taskListLabeller()]);
	expect(once).toBe(labelTaskLists(labelTableCells(page)));
	expect(once).toContain('<td data-label="Metric">p99</td><td data-label="Act when">');
	expect(once).toContain('<input aria-label="Roll back" type="checkbox" disabled>');
	expect(links.page).toEqual({
		ids: new Set(['mitigate']),
		headings: ['mitigate'],
		hrefs: ['/runbooks/x/#verify'],
	});
});

test('markup inside a script is text, not tags', () => {
	expect(visitPage(page, [tableCellLabeller()])).toContain('<tr><td>x</td></tr>');
});

test('a page no step changes is returned as it was', () => {
	const plain = '<p>Nothing to label</p>';
	expect(visitPage(plain, [tableCellLabeller(), taskListLabeller()])).toBe(plain);
});

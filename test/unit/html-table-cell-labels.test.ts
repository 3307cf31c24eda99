import { expect, test } from 'vitest';
import { labelTableCells } from '../../src/lib/html/table-cell-labels.ts';

test('each data cell gets its column’s name from the header row', () => {
	const html =
		'<table><thead><tr><th>Week</th><th align="left">Drill <em>type</em></th></tr></thead>' +
		'<tbody><tr><td>1</td><td align="left">Rollback</td></tr></tbody></table>';
	expect(labelTableCells(html)).toBe(
		'<table><thead><tr><th>Week</th><th align="left">Drill <em>type</em></th></tr></thead>' +
			'<tbody><tr><td data-label="Week">1</td><td data-label="Drill type" align="left">Rollback</td></tr></tbody></table>',
	);
});

test('row headers count as a column; cells that already have a label keep it', () => {
	const html =
		'<table><thead><tr><th scope="col">Level</th><th scope="col">Respond</th><th scope="col">Why</th></tr></thead>' +
		'<tbody><tr><th scope="row">SEV1</th><td>15 min</td><td data-label="Reason">x</td></tr></tbody></table>';
	expect(labelTableCells(html)).toContain(
		'<th scope="row">SEV1</th><td data-label="Respond">15 min</td><td data-label="Reason">x</td>',
	);
});

test('column spans, and header text with markup, whitespace and quotes', () => {
	const html =
		'<table><thead><tr><th colspan="2">When &amp; "where"</th><th>\n  Who\n</th></tr></thead>' +
		'<tbody><tr><td>a</td><td>b</td><td>c</td></tr><tr><td colspan="2">ab</td><td>c</td></tr></tbody></table>';
	const labelled = labelTableCells(html);
	expect(labelled).toContain(
		'<td data-label="When &amp; &quot;where&quot;">a</td><td data-label="When &amp; &quot;where&quot;">b</td><td data-label="Who">c</td>',
	);
	expect(labelled).toContain(
		'<td data-label="When &amp; &quot;where&quot;" colspan="2">ab</td><td data-label="Who">c</td>',
	);
});

test('a table without a header row, and text outside tables, are left as they were', () => {
	const html =
		'<p>a <td> in prose</p><script>const t = "<table><thead><tr><th>x</th>";</script>' +
		'<table><tbody><tr><td>1</td></tr></tbody></table>';
	expect(labelTableCells(html)).toBe(html);
});

test('a table inside a cell has its own columns', () => {
	const html =
		'<table><thead><tr><th>Outer</th></tr></thead><tbody><tr><td>' +
		'<table><thead><tr><th>Inner</th></tr></thead><tbody><tr><td>i</td></tr></tbody></table>' +
		'</td></tr></tbody></table>';
	const labelled = labelTableCells(html);
	expect(labelled).toContain('<td data-label="Outer"><table>');
	expect(labelled).toContain('<td data-label="Inner">i</td>');
});

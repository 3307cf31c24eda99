import { expect, test } from 'vitest';
import { labelTaskLists } from '../../src/lib/html/task-list-labels.ts';

const box = '<input type="checkbox" disabled>';
const named = (label: string) => `<input aria-label="${label}" type="checkbox" disabled>`;

test('each task-list checkbox is named by its item’s text, not by its sub-list', () => {
	const html =
		`<ul class="contains-task-list"><li class="task-list-item">${box} Read the <a href="/x/">severity levels</a></li>` +
		`<li class="task-list-item">${box} Parent<ul><li class="task-list-item">${box} child</li></ul> after</li></ul>`;
	expect(labelTaskLists(html)).toBe(
		`<ul class="contains-task-list"><li class="task-list-item">${named('Read the severity levels')} Read the <a href="/x/">severity levels</a></li>` +
			`<li class="task-list-item">${named('Parent after')} Parent<ul><li class="task-list-item">${named('child')} child</li></ul> after</li></ul>`,
	);
});

test('the name is the text a reader sees: components’ text in, hidden text out, escaped', () => {
	const html = `<ul><li>${box} Know <span>SEV1</span><span hidden>filter</span> &amp; "why"</li></ul>`;
	expect(labelTaskLists(html)).toBe(
		`<ul><li>${named('Know SEV1 &amp; &quot;why&quot;')} Know <span>SEV1</span><span hidden>filter</span> &amp; "why"</li></ul>`,
	);
});

test('a hidden input does not hide the text after it', () => {
	const html = `<ul><li><input type="hidden" name="a" hidden>${box} Step</li></ul>`;
	expect(labelTaskLists(html)).toBe(
		`<ul><li><input type="hidden" name="a" hidden>${named('Step')} Step</li></ul>`,
	);
});

test('an item left open is named when the next item or its list starts or ends', () => {
	expect(labelTaskLists(`<ul><li>${box} One<li>${box} Two</ul>`)).toBe(
		`<ul><li>${named('One')} One<li>${named('Two')} Two</ul>`,
	);
});

test('leaves checkboxes that have a name, or a <label>, and other inputs alone', () => {
	const html =
		`<ul><li>${named('Kept')} Other</li>` +
		`<li><label><input type="checkbox" value="x"> Step</label></li>` +
		`<li><input type="checkbox" id="a"> <label for="a">Step</label></li>` +
		`<li><input type="text"> Text</li></ul>` +
		`<p>${box} not in a list</p><script>"<li><input type=checkbox>"</script>`;
	expect(labelTaskLists(html)).toBe(html);
});

import { expect, test } from 'vitest';
import { labelTaskListCheckboxes } from '../../src/lib/markdown/task-list-labels.ts';

const checkbox = () => ({
	type: 'element',
	tagName: 'input',
	properties: { type: 'checkbox', disabled: true },
	children: [],
});
const text = (value: string) => ({ type: 'text', value });

test('each task-list checkbox is named by its item’s text, not by its sub-list', () => {
	const tree = {
		type: 'root',
		children: [
			{
				type: 'element',
				tagName: 'ul',
				children: [
					{
						type: 'element',
						tagName: 'li',
						children: [
							checkbox(),
							text(' Read the '),
							{ type: 'element', tagName: 'a', children: [text('severity levels')] },
						],
					},
					{
						type: 'element',
						tagName: 'li',
						children: [
							checkbox(),
							text(' Parent'),
							{ type: 'element', tagName: 'ul', children: [text('child')] },
						],
					},
				],
			},
		],
	};
	labelTaskListCheckboxes(tree);
	const items = tree.children[0]!.children;
	expect(
		(items[0]!.children[0] as { properties: Record<string, unknown> }).properties.ariaLabel,
	).toBe('Read the severity levels');
	expect(
		(items[1]!.children[0] as { properties: Record<string, unknown> }).properties.ariaLabel,
	).toBe('Parent');
});

test('leaves other inputs and existing labels alone', () => {
	const labelled = {
		type: 'element',
		tagName: 'input',
		properties: { type: 'checkbox', ariaLabel: 'Kept' },
		children: [],
	};
	const tree = { type: 'element', tagName: 'li', children: [labelled, text('Other')] };
	labelTaskListCheckboxes(tree);
	expect(labelled.properties.ariaLabel).toBe('Kept');
});

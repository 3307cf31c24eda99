// Markdown task lists (`- [ ] item`) render as checkboxes with no label, which screen readers
// announce as just "checkbox". This gives each one the text of its list item as its name.

interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** The visible text of a node, without nested lists (a sub-list is not part of the item's name). */
function textOf(node: HastNode): string {
	if (node.type === 'text') return node.value ?? '';
	if (node.tagName === 'ul' || node.tagName === 'ol') return '';
	return (node.children ?? []).map(textOf).join('');
}

function isCheckbox(node: HastNode): boolean {
	return node.tagName === 'input' && node.properties?.type === 'checkbox';
}

/** Adds `aria-label` to every task-list checkbox that has none. Mutates and returns the tree. */
export function labelTaskListCheckboxes<T extends HastNode>(tree: T): T {
	const visit = (node: HastNode) => {
		if (node.tagName === 'li') {
			const box =
				node.children?.find(isCheckbox) ??
				node.children?.find((child) => child.tagName === 'p')?.children?.find(isCheckbox);
			if (box && !box.properties?.ariaLabel) {
				const label = textOf(node).replace(/\s+/g, ' ').trim();
				if (label) box.properties = { ...box.properties, ariaLabel: label };
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return tree;
}

/** The same as a rehype plugin, for `markdown.rehypePlugins`. */
export const rehypeTaskListLabels = () => (tree: HastNode) => {
	labelTaskListCheckboxes(tree);
};

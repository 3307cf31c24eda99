// Markdown task lists (`- [ ] item`) render as checkboxes with no label, which screen readers
// announce as just "checkbox". This names each one with the text of its list item, in the built
// pages: the same post-build pass as the table labels, so the Markdown pipeline stays on Astro's
// fast path (a rehype plugin would take it off). Pure: src/integrations/built-pages.ts does the I/O.
import {
	attribute,
	escapeAttribute,
	visitPage,
	type Insert,
	type PageVisitor,
	type StartTag,
} from './visit-page.ts';

interface Item {
	/** Where the `aria-label` goes: just after `<input` of the item's own checkbox. */
	boxAt: number | undefined;
	text: string;
	/** Lists open inside the item: their text is their own items' name, not this one's. */
	nestedLists: number;
}

/** Elements with no end tag: they cannot hold hidden text. */
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/** Whether a checkbox already has a name, or gets one from a `<label>` (the role checklists'). */
const named = (tag: StartTag) =>
	['aria-label', 'aria-labelledby', 'id'].some((name) => attribute(tag, name) !== undefined);

/**
 * The step that gives every unnamed checkbox in a list item `aria-label="<the item's text>"`: the
 * item's visible text without its sub-lists and without hidden elements. One per page.
 */
export function taskListLabeller(): PageVisitor {
	const items: Item[] = [];
	let labels = 0;
	/** A hidden element being skipped (`hidden`, `aria-hidden="true"`), and how deep. */
	let hidden: { tag: string; depth: number } | undefined;
	/** Ends the innermost item: names its checkbox from the text read. */
	const finish = (insert: Insert) => {
		const item = items.pop();
		if (!item) return;
		const label = item.text.replace(/\s+/g, ' ').trim();
		if (item.boxAt !== undefined && label)
			insert(item.boxAt, ` aria-label="${escapeAttribute(label)}"`);
	};
	return {
		onStartTag(tag, insert) {
			if (hidden) {
				if (tag.tagName === hidden.tag && !tag.selfClosing) hidden.depth++;
				return;
			}
			const item = items.at(-1);
			switch (tag.tagName) {
				case 'li':
					// `</li>` may be left out: a new item at the same level ends the previous one.
					if (item?.nestedLists === 0) finish(insert);
					items.push({ boxAt: undefined, text: '', nestedLists: 0 });
					return;
				case 'ul':
				case 'ol':
					if (item) item.nestedLists++;
					return;
				case 'label':
					labels++;
					return;
				case 'input':
					if (
						item &&
						item.nestedLists === 0 &&
						item.boxAt === undefined &&
						labels === 0 &&
						attribute(tag, 'type')?.toLowerCase() === 'checkbox' &&
						!named(tag) &&
						tag.location
					)
						item.boxAt = tag.location.startOffset + '<input'.length;
					return;
			}
			if (
				!tag.selfClosing &&
				!VOID.has(tag.tagName) &&
				(attribute(tag, 'hidden') !== undefined || attribute(tag, 'aria-hidden') === 'true')
			)
				hidden = { tag: tag.tagName, depth: 1 };
		},
		onEndTag(tag, insert) {
			if (hidden) {
				if (tag.tagName === hidden.tag && --hidden.depth === 0) hidden = undefined;
				return;
			}
			const item = items.at(-1);
			switch (tag.tagName) {
				case 'li':
					finish(insert);
					return;
				case 'ul':
				case 'ol': {
					// A list's end also ends an item left open inside it.
					if (item?.nestedLists === 0) finish(insert);
					const parent = items.at(-1);
					if (parent?.nestedLists) parent.nestedLists--;
					return;
				}
				case 'label':
					if (labels > 0) labels--;
					return;
			}
		},
		onText(text) {
			// Only an item with a checkbox needs its text (a task's checkbox comes first in it).
			const item = items.at(-1);
			if (!hidden && item?.boxAt !== undefined && item.nestedLists === 0) item.text += text;
		},
	};
}

/** `html` with its task-list checkboxes named (see taskListLabeller); the same string if none. */
export function labelTaskLists(html: string): string {
	return html.includes('checkbox') ? visitPage(html, [taskListLabeller()]) : html;
}

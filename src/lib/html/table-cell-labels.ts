// On a narrow screen a table becomes one card per row (src/styles/firebreak.css), and each cell
// shows its column's name, read from a `data-label` attribute. This writes that attribute into
// built pages from each table's own header row, for tables from Markdown and from components
// alike, so no table has to type its column names twice. Pure: the build's post-build pass
// (src/integrations/built-pages.ts) reads and writes the files.
import {
	attribute,
	escapeAttribute,
	visitPage,
	type PageVisitor,
	type StartTag,
} from './visit-page.ts';

interface TableState {
	/** Column names, from the header row. */
	labels: string[];
	inHead: boolean;
	/** The column the next cell of the current row starts at. */
	column: number;
	/** The text of the header cell being read, if any. */
	headerText: string | undefined;
	headerSpan: number;
	/** The header row being read. */
	headerRow: string[];
}

const span = (tag: StartTag) => {
	const value = Number(attribute(tag, 'colspan') ?? 1);
	return Number.isInteger(value) && value > 0 ? value : 1;
};

/**
 * The step that gives `data-label="<column name>"` to every table data cell that has none, in
 * tables with a header row (`<thead>`). One per page: it keeps the page's table state.
 */
export function tableCellLabeller(): PageVisitor {
	const tables: TableState[] = [];
	return {
		onStartTag(tag, insert) {
			const table = tables.at(-1);
			switch (tag.tagName) {
				case 'table':
					tables.push({
						labels: [],
						inHead: false,
						column: 0,
						headerText: undefined,
						headerSpan: 1,
						headerRow: [],
					});
					break;
				case 'thead':
					if (table) table.inHead = true;
					break;
				case 'tr':
					if (table) {
						table.column = 0;
						if (table.inHead) table.headerRow = [];
					}
					break;
				case 'th':
					if (table?.inHead) {
						table.headerText = '';
						table.headerSpan = span(tag);
					} else if (table) table.column += span(tag);
					break;
				case 'td':
					if (!table || table.inHead) break;
					if (attribute(tag, 'data-label') === undefined) {
						const label = table.labels[table.column];
						if (label && tag.location)
							insert(
								tag.location.startOffset + '<td'.length,
								` data-label="${escapeAttribute(label)}"`,
							);
					}
					table.column += span(tag);
					break;
			}
		},
		onEndTag(tag) {
			const table = tables.at(-1);
			if (!table) return;
			if (tag.tagName === 'table') tables.pop();
			else if (tag.tagName === 'thead') table.inHead = false;
			else if (tag.tagName === 'tr' && table.inHead) table.labels = table.headerRow;
			else if (tag.tagName === 'th' && table.headerText !== undefined) {
				const text = table.headerText.replace(/\s+/g, ' ').trim();
				for (let i = 0; i < table.headerSpan; i++) table.headerRow.push(text);
				table.headerText = undefined;
			}
		},
		onText(text) {
			const table = tables.at(-1);
			if (table?.headerText !== undefined) table.headerText += text;
		},
	};
}

/** `html` with its table cells labelled (see tableCellLabeller); the same string if none need it. */
export function labelTableCells(html: string): string {
	return html.includes('<table') ? visitPage(html, [tableCellLabeller()]) : html;
}

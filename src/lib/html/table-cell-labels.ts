// On a narrow screen a table becomes one card per row (src/styles/firebreak.css), and each cell
// shows its column's name, read from a `data-label` attribute. This writes that attribute into
// built pages from each table's own header row, for tables from Markdown and from components
// alike, so no table has to type its column names twice. Pure: the build's integration
// (src/integrations/table-labels.ts) reads and writes the files.
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

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

const span = (tag: Token.TagToken) => {
	const value = Number(tag.attrs.find((attr) => attr.name === 'colspan')?.value ?? 1);
	return Number.isInteger(value) && value > 0 ? value : 1;
};

const escapeAttribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * `html` with `data-label="<column name>"` on every table data cell that has none, in tables with
 * a header row (`<thead>`). Everything else is left byte for byte as it was.
 */
export function labelTableCells(html: string): string {
	if (!html.includes('<table')) return html;
	const inserts: { at: number; text: string }[] = [];
	const tables: TableState[] = [];
	const ignore = () => {};
	const onText = (token: Token.CharacterToken) => {
		const table = tables.at(-1);
		if (table?.headerText !== undefined) table.headerText += token.chars;
	};
	const handler: TokenHandler = {
		onStartTag(tag) {
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
					if (!tag.attrs.some((attr) => attr.name === 'data-label')) {
						const label = table.labels[table.column];
						if (label && tag.location)
							inserts.push({
								at: tag.location.startOffset + '<td'.length,
								text: ` data-label="${escapeAttribute(label)}"`,
							});
					}
					table.column += span(tag);
					break;
				case 'script':
				case 'style':
					// Read their content as text, as the tree builder would.
					if (!tag.selfClosing)
						tokenizer.state =
							tag.tagName === 'script' ? TokenizerMode.SCRIPT_DATA : TokenizerMode.RAWTEXT;
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
		onCharacter: onText,
		onWhitespaceCharacter: onText,
		onComment: ignore,
		onDoctype: ignore,
		onEof: ignore,
		onNullCharacter: ignore,
	};
	const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
	tokenizer.write(html, true);
	let labelled = '';
	let from = 0;
	for (const { at, text } of inserts) {
		labelled += html.slice(from, at) + text;
		from = at;
	}
	return labelled + html.slice(from);
}

// The formats a message is copied in. Templates are written in Markdown; for each format the
// template's own markup is converted, and what the user typed is escaped for that format only, so
// it shows exactly as typed and never turns into markup, a link or a mention.

export const FORMATS = ['markdown', 'slack', 'plain'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const FORMAT_NAMES: Record<OutputFormat, string> = {
	markdown: 'Markdown',
	slack: 'Slack',
	plain: 'Plain text',
};

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;

/** Table rows as `a · b · c`: Slack and plain text have no tables. */
function flattenTableRow(line: string, rules: LineRules, header: boolean): string {
	const cells = TABLE_ROW.exec(line)![1]!
		.split(/(?<!\\)\|/)
		.map((cell) => rules.line(cell.trim()));
	const shown = cells.filter((cell) => cell !== '');
	return (header ? shown.map(rules.bold) : shown).join(' · ');
}

interface LineRules {
	bold: (text: string) => string;
	line: (line: string) => string;
}

function convertLines(body: string, rules: LineRules): string {
	const lines = body.split('\n');
	return lines
		.flatMap((line, index) => {
			if (TABLE_SEPARATOR.test(line) && line.includes('-')) return [];
			if (TABLE_ROW.test(line)) {
				const header = TABLE_SEPARATOR.test(lines[index + 1] ?? '');
				return [flattenTableRow(line, rules, header)];
			}
			return [rules.line(line)];
		})
		.join('\n');
}

const HEADING = /^#{1,6}\s+(.*)$/;
const BOLD = /\*\*(.+?)\*\*/g;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const BULLET = /^(\s*)[-*]\s+/;

/** Escapes the characters Slack's mrkdwn treats as control characters. */
const slackText = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A template's Markdown body in `format`'s markup. Mustache tags pass through untouched (they are
 * filled in afterwards, with values escaped by {@link escapeValue}).
 */
export function convertTemplateMarkup(body: string, format: OutputFormat): string {
	if (format === 'markdown') return body;
	if (format === 'slack') {
		return convertLines(body, {
			bold: (text) => `*${text}*`,
			line: (line) => {
				const heading = HEADING.exec(line);
				// Escape the template's literal text first; Mustache tags hold none of & < >
				// except `{{&name}}`, which templates do not use (values are escaped per format).
				let out = slackText(heading ? `**${heading[1]}**` : line);
				out = out.replace(LINK, (_match, text: string, url: string) => `<${url}|${text}>`);
				out = out.replace(BOLD, (_match, text: string) => `*${text}*`);
				return out.replace(BULLET, '$1• ');
			},
		});
	}
	return convertLines(body, {
		bold: (text) => text,
		line: (line) => {
			const heading = HEADING.exec(line);
			let out = heading ? heading[1]! : line;
			out = out.replace(LINK, (_match, text: string, url: string) => `${text} (${url})`);
			return out.replace(BOLD, '$1');
		},
	});
}

export interface EscapeOptions {
	/** Let `@here`, `@channel` and `@everyone` notify people in Slack. Off by default. */
	allowMentions: boolean;
}

const MENTION = /@(here|channel|everyone)\b/gi;
/** U+2060 WORD JOINER: invisible, and stops Slack from reading `@here` as a mention. */
const JOINER = '\u2060';

/** A value the user typed, made safe for `format`: it reads as typed and triggers nothing. */
export function escapeValue(value: string, format: OutputFormat, options: EscapeOptions): string {
	if (format !== 'slack') return value;
	const escaped = slackText(value);
	return escaped.replace(MENTION, (_match, name: string) =>
		options.allowMentions ? `<!${name.toLowerCase()}>` : `@${JOINER}${name}`,
	);
}

/** A value inside a table cell: in Markdown, `|` would end the cell and a newline the row. */
export function escapeCell(value: string, format: OutputFormat, options: EscapeOptions): string {
	const oneLine = value.replace(/\s*\r?\n\s*/g, ' ');
	return escapeValue(
		format === 'markdown' ? oneLine.replaceAll('|', '\\|') : oneLine,
		format,
		options,
	);
}

/** Undoes {@link escapeValue} with mentions off: how a reader of the output sees the value. */
export function unescapeValue(text: string, format: OutputFormat): string {
	if (format !== 'slack') return text;
	return text
		.replaceAll(JOINER, '')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

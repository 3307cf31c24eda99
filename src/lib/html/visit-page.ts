// One reading of a built page for every post-build step that needs its markup: each step is a
// visitor that sees the page's tags and text and may ask for text to be inserted. Tokenizing is
// the cost of these steps (a few milliseconds a page, 3,000 pages at scale), so the page is
// tokenized once for all of them. parse5's tokenizer, as Astro's own HTML tooling uses, without
// building a tree. Pure: the build's integration (src/integrations/built-pages.ts) does the I/O.
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

export type StartTag = Token.TagToken;
export type EndTag = Token.TagToken;

/** Inserts `text` into the page before the character at offset `at` of the original page. */
export type Insert = (at: number, text: string) => void;
/** Replaces the original page's characters from `start` up to `end` with `text`. */
export type Replace = (start: number, end: number, text: string) => void;

export interface PageVisitor {
	onStartTag?(tag: StartTag, insert: Insert, replace: Replace): void;
	onEndTag?(tag: EndTag, insert: Insert, replace: Replace): void;
	/** Text between tags, with character references decoded. */
	onText?(text: string): void;
}

/** Elements whose content is text, not markup, and the tokenizer state that reads it. */
const TEXT_CONTENT: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
	script: TokenizerMode.SCRIPT_DATA,
	style: TokenizerMode.RAWTEXT,
	xmp: TokenizerMode.RAWTEXT,
	iframe: TokenizerMode.RAWTEXT,
	noembed: TokenizerMode.RAWTEXT,
	noframes: TokenizerMode.RAWTEXT,
	title: TokenizerMode.RCDATA,
	textarea: TokenizerMode.RCDATA,
	plaintext: TokenizerMode.PLAINTEXT,
};

/** The attribute's value, or undefined when the tag has none. */
export const attribute = (tag: StartTag, name: string) =>
	tag.attrs.find((attr) => attr.name === name)?.value;

/** Escapes text for a double-quoted attribute value. */
export const escapeAttribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * Runs every visitor over `html` in one tokenization and returns the page with their insertions
 * and replacements; the same string when there are none. Everything else is left byte for byte
 * as it was. Replacements must not overlap (each visitor rewrites its own tags and attributes).
 */
export function visitPage(html: string, visitors: readonly PageVisitor[]): string {
	const edits: { start: number; end: number; text: string }[] = [];
	const insert: Insert = (at, text) => edits.push({ start: at, end: at, text });
	const replace: Replace = (start, end, text) => edits.push({ start, end, text });
	const onText = (token: Token.CharacterToken) => {
		for (const visitor of visitors) visitor.onText?.(token.chars);
	};
	const ignore = () => {};
	const handler: TokenHandler = {
		onStartTag(tag) {
			for (const visitor of visitors) visitor.onStartTag?.(tag, insert, replace);
			// What the tree builder would do: read a script's or style's content as text, so a tag
			// inside a script string is not taken for markup.
			const mode = TEXT_CONTENT[tag.tagName];
			if (mode !== undefined && !tag.selfClosing) tokenizer.state = mode;
		},
		onEndTag(tag) {
			for (const visitor of visitors) visitor.onEndTag?.(tag, insert, replace);
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
	if (!edits.length) return html;
	// Edits arrive in the order their step decides them (a label once its text is read), not in
	// page order; the sort is stable, so two at one place keep their order.
	edits.sort((a, b) => a.start - b.start);
	let out = '';
	let from = 0;
	for (const { start, end, text } of edits) {
		out += html.slice(from, start) + text;
		from = end;
	}
	return out + html.slice(from);
}

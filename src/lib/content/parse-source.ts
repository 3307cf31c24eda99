// Parses content files the way Astro will: YAML with the `yaml` package, a page's frontmatter
// delimited by Astro's own `extractFrontmatter`, and its body with the MDX compiler Astro's MDX
// integration uses (remark-gfm and smartypants included, since they change heading text). A
// syntax error becomes one problem with its line, column and a fix. Pure: callers read the files.
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import type { ContentProblem } from './problem.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ContentProblem };

const YAML_FIXES: Record<string, string> = {
	BAD_INDENT:
		'Check the indentation of that line and the one above it (spaces, not tabs; a nested line is indented more than its parent), and that every `[` or `{` is closed.',
	BLOCK_AS_IMPLICIT_KEY:
		'A value that contains `: ` must be quoted; otherwise check that the items of one list or map start in the same column.',
	DUPLICATE_KEY: 'A key may appear once in each map: remove or merge one of them.',
	TAB_AS_INDENT: 'Indent with spaces, not tabs.',
};
const YAML_FIX =
	'Check that line and the one above it: a list item starts with `- `, a key is followed by `: `, every quote and bracket is closed, and a value that contains `: ` or ` #` is quoted.';

/**
 * Parses YAML text. `lineOffset` is how many lines of the file come before `text` (a page's
 * frontmatter starts below its `---`), so the problem names the file's own line.
 */
export function parseYamlSource(
	text: string,
	file: string,
	{ lineOffset = 0, what = 'This file is' } = {},
): Parsed<unknown> {
	try {
		return { ok: true, value: parseYaml(text) };
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const start = error.linePos?.[0];
		// `yaml` appends " at line L, column C:" and an excerpt to its message; the report says
		// where on its own line, so keep the sentence.
		const suffix = start ? ` at line ${start.line}, column ${start.col}:` : ':';
		const [first = ''] = error.message.split('\n');
		const sentence = first.endsWith(suffix) ? first.slice(0, -suffix.length) : first;
		return {
			ok: false,
			problem: {
				file,
				...(start ? { line: start.line + lineOffset, column: start.col } : {}),
				field: '',
				message: `${what} not valid YAML: ${sentence}.`,
				fix: YAML_FIXES[error.code] ?? YAML_FIX,
			},
		};
	}
}

/** What the MDX compiler throws: a VFileMessage. */
interface CompilerMessage {
	reason: string;
	line?: number;
	column?: number;
	source?: string;
	ruleId?: string;
}

const isCompilerMessage = (error: unknown): error is CompilerMessage =>
	error instanceof Error && typeof (error as Partial<CompilerMessage>).reason === 'string';

function mdxFix({ source = '', ruleId = '' }: CompilerMessage): string {
	if (ruleId === 'end-tag-mismatch')
		return 'Close every tag in the block where it opens, innermost first (`<Aside>` … `</Aside>`); a tag without content closes itself with `/>`, e.g. `<br />` or `<Level id="sev1" />`.';
	if (source.includes('mdx-jsx'))
		return 'MDX reads `<` as the start of a component or HTML tag: finish the tag, or write a literal `<` as `&lt;` or inside backticks, e.g. `` `p99 < 200 ms` ``.';
	if (source.includes('mdxjs-esm'))
		return "A line starting with `import` or `export` must be valid JavaScript, e.g. `import { Aside } from '@astrojs/starlight/components';`; reword a sentence that starts with either word.";
	if (source.includes('mdx-expression'))
		return 'MDX reads `{` as the start of a JavaScript expression: close it with `}`, or write a literal brace as `\\{` or inside backticks.';
	return 'MDX is stricter than Markdown about `<`, `{` and `}`: escape a literal one with a backslash, or put it inside backticks.';
}

const processors = {
	md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm] }),
	mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }),
};
const typography = unified().use(remarkSmartypants);

/** The heading anchors Astro gives a page: each heading's text, slugged by github-slugger. */
function headingAnchors(tree: Root): string[] {
	const headings: RootContent[] = [];
	const collect = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (node.type === 'heading') headings.push(node);
			else if ('children' in node) collect(node.children);
		}
	};
	collect(tree.children);
	// Smartypants runs before Astro slugs a heading, and it changes the slug (`--` becomes `–`).
	const root: Root = { type: 'root', children: headings };
	const typeset = typography.runSync(root) as Root;
	const text = (node: RootContent): string => {
		// Text, code and `{expressions}` count, as in Astro's rehype-heading-ids; raw HTML does not.
		if (node.type === 'html') return '';
		if ('value' in node && typeof node.value === 'string') return node.value;
		if ('children' in node) return (node.children as RootContent[]).map(text).join('');
		return '';
	};
	const slugger = new GithubSlugger();
	return typeset.children.map((heading) => slugger.slug(text(heading)));
}

/**
 * A page body's syntax tree as the site's MDX (or Markdown) parser reads it. Throws on a syntax
 * error, so call it on content the check has passed (e.g. while rendering).
 */
export function syntaxTree(body: string, file: string): Root {
	return (file.endsWith('.mdx') ? processors.mdx : processors.md).parse(body);
}

/**
 * Parses a page's body as Astro's MDX (or Markdown) pipeline will, returning its heading anchors,
 * or the syntax error the build would otherwise stop on with an absolute path and no fix.
 */
export function parseBody(body: string, file: string): Parsed<{ headings: string[] }> {
	const processor = file.endsWith('.mdx') ? processors.mdx : processors.md;
	let tree: Root;
	try {
		tree = processor.parse(body);
	} catch (error) {
		if (!isCompilerMessage(error)) throw error;
		// A tag still open at the end of the file has no place of its own: the error is at the end
		// (the compiler's message names where the tag was opened).
		const lines = body.split('\n');
		const line = error.line ?? lines.length;
		const column = error.column ?? (lines.at(-1)?.length ?? 0) + 1;
		const reason = error.reason.endsWith('.') ? error.reason : `${error.reason}.`;
		return {
			ok: false,
			problem: {
				file,
				line,
				column,
				field: '',
				message: `This page is not valid MDX: ${reason}`,
				fix: mdxFix(error),
			},
		};
	}
	return { ok: true, value: { headings: headingAnchors(tree) } };
}

export interface PageSource {
	/** The frontmatter, parsed, or the problem that stopped it. */
	frontmatter: Parsed<unknown>;
	/** The body, with the frontmatter blanked to empty lines so line numbers are the file's. */
	body: string;
}

/** Splits a page into frontmatter and body where Astro does, and parses the frontmatter. */
export function parsePage(source: string, file: string): PageSource {
	const raw = extractFrontmatter(source);
	if (raw === undefined) return { frontmatter: { ok: true, value: {} }, body: source };
	const block = `---${raw}---`;
	const start = source.indexOf(block);
	const before = source.slice(0, start);
	// `raw` begins right after the opening `---`, so its line 1 is that line of the file.
	const lineOffset = before.split('\n').length - 1;
	const frontmatter = parseYamlSource(raw, file, { lineOffset, what: 'The frontmatter is' });
	const body = before + raw.replace(/[^\r\n]/g, '') + source.slice(start + block.length);
	return {
		frontmatter: frontmatter.ok ? { ok: true, value: frontmatter.value ?? {} } : frontmatter,
		body,
	};
}

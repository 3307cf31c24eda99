import { describe, expect, test } from 'vitest';
import { parseBody, parsePage, parseYamlSource } from '../../../src/lib/content/parse-source.ts';

describe('parseBody', () => {
	test('gives the heading anchors Astro gives: slugged after smartypants, inside components too', () => {
		const body = [
			"## Don't panic -- yet",
			'',
			'<Tabs>',
			'<TabItem label="Kubernetes">',
			'',
			'### Roll back `api`',
			'',
			'</TabItem>',
			'</Tabs>',
			'',
			'## Verify',
			'',
			'## Verify',
			'',
			'```sh',
			'## not a heading',
			'```',
		].join('\n');
		expect(parseBody(body, 'page.mdx')).toEqual({
			ok: true,
			value: { headings: ['dont-panic--yet', 'roll-back-api', 'verify', 'verify-1'] },
		});
	});

	test('an MDX syntax error is a problem at its line and column', () => {
		const result = parseBody('## Investigate\n\nThe check returns {"status": "down"}.\n', 'x.mdx');
		expect(result).toMatchObject({ ok: false, problem: { file: 'x.mdx', line: 3, column: 28 } });
	});

	test('a tag left open at the end of the file is reported at the end, naming where it opened', () => {
		const result = parseBody('<Aside>\n\nDo not restart.\n', 'x.mdx');
		expect(result).toMatchObject({
			ok: false,
			problem: {
				line: 4,
				column: 1,
				message: 'This page is not valid MDX: Expected a closing tag for `<Aside>` (1:1-1:8).',
			},
		});
	});

	test('Markdown (.md) is not held to MDX syntax', () => {
		expect(parseBody('A {brace and a <tag\n\n## Next\n', 'page.md')).toEqual({
			ok: true,
			value: { headings: ['next'] },
		});
	});
});

describe('parsePage', () => {
	test('blanks the frontmatter to empty lines, so body lines are the file’s', () => {
		const { frontmatter, body } = parsePage('---\ntitle: X\n---\n\n## A\n', 'x.mdx');
		expect(frontmatter).toEqual({ ok: true, value: { title: 'X' } });
		expect(body.split('\n')[4]).toBe('## A');
	});

	test('a frontmatter YAML error names the file’s own line', () => {
		const { frontmatter } = parsePage('---\ntitle: X\nsummary: a: b\n---\n', 'x.mdx');
		expect(frontmatter).toMatchObject({
			ok: false,
			problem: { line: 3, message: expect.stringMatching(/^The frontmatter is not valid YAML: /) },
		});
	});
});

test('parseYamlSource keeps the parser’s sentence and moves the place to line and column', () => {
	expect(parseYamlSource('a: 1\nb: [x\nc: 2\n', 'f.yaml')).toEqual({
		ok: false,
		problem: {
			file: 'f.yaml',
			line: 3,
			column: 1,
			field: '',
			message:
				'This file is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
			fix: expect.stringContaining('every `[` or `{` is closed'),
		},
	});
});

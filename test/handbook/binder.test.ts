import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { printBinder, type BinderPdf } from '../../scripts/pdf.ts';
import { scanPage } from '../../src/lib/content/dead-links.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { loadContent } from '../support/content.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';

/** Text compared without its spacing: a PDF breaks a long title over lines wherever it fits. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.each(inject('handbooks'))('$name', ({ name, baseUrl, distDir, contentDir }) => {
	const { runbooks, severities, policies, roles, entries } = loadContent(contentDir);
	// Starlight's own frontmatter (the description) is in the raw entries, not the parsed runbooks.
	const description = (id: string) => {
		const entry = entries.find((item) => item.collection === 'docs' && item.id === id);
		return (entry?.data as { description?: string } | undefined)?.description ?? '';
	};

	test('the binder page holds each runbook once, with anchors unique across the document', () => {
		const html = readFileSync(join(distDir, 'print/index.html'), 'utf8');
		const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		const { hrefs } = scanPage(html);
		for (const runbook of runbooks) {
			expect(ids.filter((id) => id === runbook.id)).toHaveLength(1);
			expect(hrefs, `contents link to ${runbook.id}`).toContain(`#${runbook.id}`);
		}
	});

	describe('the PDF', () => {
		let pdf: BinderPdf;
		let pages: string[];
		beforeAll(async () => {
			const dir = join(PROJECT_ROOT, '.tmp/binder');
			mkdirSync(dir, { recursive: true });
			pdf = await printBinder(baseUrl, join(dir, `${name.replace(/\W+/g, '-')}.pdf`));
			pages = await pdfPageTexts(pdf.path);
		});

		test('holds every runbook under its title, after the contents', () => {
			expect(pages).toHaveLength(pdf.pages);
			const body = squeeze(pages.join('\n'));
			// A title alone is also in the contents. Followed by its description, it is the runbook's
			// own section; a runbook without a description must have its title there twice.
			const missing = runbooks
				.filter(({ id, data }) => {
					const described = description(id);
					if (described) return !body.includes(squeeze(data.title + described));
					return body.split(squeeze(data.title)).length < 3;
				})
				.map(({ data }) => data.title);
			expect(missing).toEqual([]);
		});

		test('holds the severity, escalation and roles references, and a page per runbook at least', () => {
			const body = squeeze(pages.join('\n'));
			const missing = [
				// A level's definition is its section's paragraph (a `{level:…}` placeholder is expanded).
				...severities.map(({ data }) =>
					data.definition.includes('{') ? data.label : data.definition,
				),
				...(policies.size ? ['Escalation'] : []),
				...[...roles.values()].map((role) => role.data.name),
				...[...roles.values()].flatMap((role) =>
					role.data.contacts.map((contact) => contact.value),
				),
			].filter((text) => !body.includes(squeeze(text)));
			expect(missing).toEqual([]);
			expect(pdf.pages).toBeGreaterThan(runbooks.length);
		});
	});
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { effectiveValues } from '../../../src/lib/templates/field-values.ts';
import { FORMATS, unescapeValue } from '../../../src/lib/templates/formats.ts';
import { renderTemplate } from '../../../src/lib/templates/render-template.ts';
import { clockDataFor, fixtureDir, templatesFor } from '../../support/clock-data.ts';

const data = clockDataFor(fixtureDir('escalation-chains'));
const template = templatesFor(fixtureDir('escalation-chains')).get('status-update')!;
const context = {
	now: Date.UTC(2026, 10, 23, 3, 30),
	levels: data.levels,
	incidentChannel: data.incidentChannel,
};

// Strings with a bias towards what breaks formats: markup, mentions, HTML, entities, newlines.
const nasty = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(
		'<img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'<!channel>',
		'@here',
		'&amp;',
		'**x**',
		'[a](b)',
		'| cell |',
		'{{title}}',
		'line\nbreak',
	),
	fc
		.array(
			fc.constantFrom(
				'<',
				'>',
				'&',
				'*',
				'_',
				'|',
				'@',
				'!',
				'#',
				'[',
				']',
				'(',
				')',
				'\n',
				'a',
				' ',
			),
			{ maxLength: 20 },
		)
		.map((chars) => chars.join('')),
);

describe('every value the user typed, in every format', () => {
	test('appears in the output intact, modulo the format’s escaping, and no HTML or mention leaks into Slack', () => {
		fc.assert(
			fc.property(
				nasty.filter((value) => value.trim() !== '' && !value.includes('\n')),
				fc.constantFrom(...FORMATS),
				(impact, format) => {
					const values = effectiveValues(
						template,
						{ impact, title: 't', severity: 'major', status: 'Investigating' },
						context,
					);
					const { text } = renderTemplate(template, values, {
						format,
						levels: data.levels,
						allowMentions: false,
					});
					expect(unescapeValue(text, format)).toContain(impact);
					if (format === 'slack') {
						const withoutTemplateLinks = text.replace(
							/<https:\/\/chat\.example\/[^|>]*\|the channel>/g,
							'',
						);
						expect(withoutTemplateLinks).not.toMatch(/[<>]/);
						expect(text).not.toMatch(/(^|[^\u2060])@(here|channel|everyone)\b/i);
					}
				},
			),
			{ numRuns: 10_000 },
		);
	}, 60_000);

	test('table cells keep every character and never break the row', () => {
		fc.assert(
			fc.property(nasty, nasty, (time, event) => {
				const values = effectiveValues(template, { timeline: [[time, event]] }, context);
				const { text } = renderTemplate(template, values, {
					format: 'markdown',
					levels: data.levels,
					allowMentions: false,
				});
				const row = text
					.split('\n')
					.find(
						(line) =>
							line.startsWith('| ') && !line.startsWith('| Time') && !line.startsWith('| ---'),
					);
				if (!(time.trim() || event.trim())) {
					expect(row).toBeUndefined();
					return;
				}
				const cells = row!.split(/(?<!\\)\|/).slice(1, -1);
				expect(cells).toHaveLength(2);
				const unescape = (cell: string) => cell.trim().replaceAll('\\|', '|');
				expect(unescape(cells[0]!)).toBe(time.replace(/\s*\r?\n\s*/g, ' ').trim());
				expect(unescape(cells[1]!)).toBe(event.replace(/\s*\r?\n\s*/g, ' ').trim());
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);
});

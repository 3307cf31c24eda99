import { describe, expect, test } from 'vitest';
import { effectiveValues } from '../../../src/lib/templates/field-values.ts';
import type { OutputFormat } from '../../../src/lib/templates/formats.ts';
import { renderTemplate } from '../../../src/lib/templates/render-template.ts';
import { clockDataFor, fixtureDir, templatesFor } from '../../support/clock-data.ts';

const data = clockDataFor(fixtureDir('escalation-chains'));
const template = templatesFor(fixtureDir('escalation-chains')).get('status-update')!;
const NOW = Date.UTC(2026, 10, 23, 3, 30);
const context = { now: NOW, levels: data.levels, incidentChannel: data.incidentChannel };
const options = {
	format: 'markdown' as OutputFormat,
	levels: data.levels,
	allowMentions: false,
	timeZone: 'Europe/Berlin',
};

const render = (
	typed: Record<string, string | string[] | string[][]>,
	more: Partial<typeof options> = {},
) => renderTemplate(template, effectiveValues(template, typed, context), { ...options, ...more });

describe('filling a template', () => {
	test('a missing required value stays visible as a marked blank, never "undefined" or a gap', () => {
		const message = render({});
		expect(message.text).toContain('# [[Status]]: [[Headline]]');
		expect(message.text).toContain('**Severity:** [[Severity]]');
		expect(message.text).not.toMatch(/undefined|null/);
		expect(message.missing).toEqual(['Headline', 'Severity', 'Status', 'Impact']);
	});

	test('levels read with their aliases, times with their date in UTC and local time', () => {
		const message = render({
			severity: 'major',
			started: '2026-11-23T03:00:00.000Z',
			title: 'API errors',
		});
		expect(message.text).toContain('**Severity:** MAJ (Major)');
		expect(message.text).toContain('**Started:** 2026-11-23 03:00 UTC (2026-11-23 04:00 CET)');
	});

	test('duration, channel and next update are computed from the form unless typed over', () => {
		const typed = {
			title: 'API errors',
			severity: 'major',
			status: 'Identified',
			started: '2026-11-23T03:00:00.000Z',
		};
		const values = effectiveValues(template, typed, context);
		expect(values.duration).toBe('30 min');
		expect(values.channel).toBe('#inc-api-errors');
		// MAJ posts every 30 minutes once identified.
		expect(values.next_update).toBe(new Date(NOW + 30 * 60_000).toISOString());
		expect(
			effectiveValues(template, { ...typed, duration: 'about half an hour' }, context).duration,
		).toBe('about half an hour');
		expect(effectiveValues(template, { ...typed, status: 'Monitoring' }, context).next_update).toBe(
			'',
		);
	});

	test('the incident’s facts prefill bound fields, and what the user typed wins', () => {
		const facts = {
			title: 'From the clock',
			'role:commander': 'Ana',
			timeline: [['03:00', 'Declared']],
		};
		const values = effectiveValues(template, { title: 'Typed' }, { ...context, facts });
		expect(values.title).toBe('Typed');
		expect(values.commander).toBe('Ana');
		expect(values.timeline).toEqual([['03:00', 'Declared']]);
	});

	test('lists and table rows render item by item; empty ones leave nothing behind', () => {
		const message = render({
			steps: ['Rolled back', '', 'Scaled up'],
			timeline: [
				['03:00', 'Declared | paged'],
				['', ''],
			],
		});
		expect(message.text).toContain('- Rolled back\n- Scaled up');
		expect(message.text).toContain('| 03:00 | Declared \\| paged |');
		expect(message.text).not.toContain('|  |  |');
	});

	test('Slack: bold, headings, links and lists converted; & < > escaped; mentions neutralised unless allowed', () => {
		const typed = {
			title: 'A & B <script>',
			severity: 'major',
			status: 'Investigating',
			impact: '@here <!channel> fix',
			steps: ['one'],
		};
		const slack = render(typed, { format: 'slack' });
		expect(slack.text).toContain('*Investigating: A &amp; B &lt;script&gt;*');
		expect(slack.text).toContain('*Severity:* MAJ (Major)');
		expect(slack.text).toContain('<https://chat.example/#inc-a-b-script|the channel>');
		expect(slack.text).toContain('• one');
		expect(slack.text).toContain('@\u2060here &lt;!channel&gt; fix');
		expect(slack.text).not.toMatch(/<!(here|channel)>/);
		expect(render(typed, { format: 'slack', allowMentions: true }).text).toContain(
			'<!here> &lt;!channel&gt; fix',
		);
		expect(slack.text).toContain('*Time* · *Event*');
	});

	test('plain text drops the markup and keeps the words', () => {
		const message = render(
			{ title: 'API errors', severity: 'major', status: 'Investigating', impact: 'Slow **pages**' },
			{ format: 'plain' },
		);
		expect(message.text).toMatch(/^Investigating: API errors$/m);
		expect(message.text).toContain('Severity: MAJ (Major)');
		expect(message.text).toContain('Slow **pages**'); // what the user typed stays as typed
		expect(message.subject).toBe('[Investigating] API errors');
	});
});

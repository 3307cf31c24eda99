import { describe, expect, test } from 'vitest';
import { attentionTitle, dueAlerts } from '../../../src/lib/incident/attention.ts';
import { timelineEntries } from '../../../src/lib/incident/timeline.ts';
import { timelineMarkdown } from '../../../src/lib/incident/timeline-markdown.ts';
import { data, incident, MIN, T0 } from './support.ts';

const names = { levels: data.levels, roles: data.incidentRoles };

describe('the timeline', () => {
	test('interleaves what people recorded with the pages and escalations the policy made due', () => {
		const view = incident()
			.at(7, { type: 'acknowledged', by: 'Sam' })
			.at(8, { type: 'role-assigned', role: 'commander', person: 'Ana' })
			.at(12, { type: 'note', text: 'Rolled back | deploy 42' })
			.view(31);
		expect(
			timelineEntries(view, names).map((entry) => [(entry.at - T0) / MIN, entry.kind, entry.text]),
		).toEqual([
			[0, 'recorded', 'Declared at MAJ: Checkout down'],
			[0, 'due', 'Paged Responder'],
			[5, 'due', 'Paged Backup'],
			[7, 'recorded', 'Acknowledged by Sam'],
			[8, 'recorded', 'Commander: Ana'],
			[12, 'recorded', 'Rolled back | deploy 42'],
			[30, 'due', 'Director brought in: not resolved after 30 min'],
		]);
	});

	test('exports as Markdown with every time in UTC and in the given zone, table cells escaped', () => {
		const view = incident()
			.at(4, { type: 'acknowledged' })
			.at(12, { type: 'note', text: 'Rolled back | deploy 42' })
			.at(20, { type: 'resolved' })
			.view(90);
		const markdown = timelineMarkdown(view, names, 'Europe/Berlin');
		expect(markdown).toContain('# Incident timeline: Checkout down');
		expect(markdown).toContain('- Severity: MAJ (Major)');
		expect(markdown).toContain('- Time to acknowledge: 4 min');
		expect(markdown).toContain('- Time to resolve: 20 min');
		expect(markdown).toContain(
			'| 2026-11-23 03:12 UTC | 2026-11-23 04:12 CET | Rolled back \\| deploy 42 |',
		);
		expect(markdown).toContain(
			'| 2026-11-23 03:00 UTC | 2026-11-23 04:00 CET | Paged Responder (due by policy) |',
		);
	});
});

describe('attention', () => {
	test('the title counts down to whatever comes first, and says when an update is overdue', () => {
		const chain = incident();
		expect(attentionTitle(chain.view(2), T0 + 2 * MIN)).toBe('3:00 to MAJ page: Backup');
		chain.at(1, { type: 'acknowledged' });
		expect(attentionTitle(chain.view(12.5), T0 + 12.5 * MIN)).toBe('2:30 to MAJ update');
		expect(attentionTitle(chain.view(18), T0 + 18 * MIN)).toBe('Update overdue by 3:00 · MAJ');
		chain.at(19, { type: 'resolved' });
		expect(attentionTitle(chain.view(20), T0 + 20 * MIN)).toBe('Resolved · MAJ');
	});

	test('alerts are keyed so each escalation is announced once, and the first page is not one', () => {
		const alerts = dueAlerts(incident().view(31));
		expect(alerts.map((alert) => alert.text)).toEqual([
			'MAJ: page Backup now (no acknowledgement yet).',
			'MAJ: page Lead + Director now (no acknowledgement yet).',
			'MAJ: page Responder now (no acknowledgement yet).',
			'MAJ: bring in Director (Open for 30 minutes.).',
			'MAJ: the status update is overdue.',
		]);
		expect(new Set(alerts.map((alert) => alert.key)).size).toBe(alerts.length);
	});
});

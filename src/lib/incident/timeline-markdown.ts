// The timeline as a Markdown document for the post-mortem or the channel: a summary and a table,
// every time in UTC and in the reader's zone. Its own module, loaded when someone exports.
import { formatMinutes } from '../time/format-minutes.ts';
import { formatLocal, formatUtc } from '../time/format-time.ts';
import { labelWithAliases } from '../views/level-view.ts';
import type { ClockView } from './clock-view.ts';
import { STATUS_NAMES } from './reduce-incident.ts';
import { timelineEntries, type TimelineNames } from './timeline.ts';

const cell = (text: string) =>
	text
		.replaceAll('\\', '\\\\')
		.replaceAll('|', '\\|')
		.replace(/\s*\n\s*/g, ' ');

const durationText = (ms: number | null) =>
	ms === null ? 'not yet' : formatMinutes(Math.floor(ms / 60_000));

/** The timeline as Markdown: a summary and a table, each time in UTC and in `timeZone`. */
export function timelineMarkdown(view: ClockView, names: TimelineNames, timeZone?: string): string {
	const { state, level, durations } = view;
	const entries = timelineEntries(view, names);
	const lines = [
		`# Incident timeline: ${state.title || 'untitled incident'}`,
		'',
		`- Severity: ${labelWithAliases(level)}`,
		`- Status: ${STATUS_NAMES[state.status]}`,
		`- Detected: ${formatUtc(state.detectedAt)} (${formatLocal(state.detectedAt, timeZone)})`,
		`- Time to acknowledge: ${durationText(durations.toAcknowledgeMs)}`,
		`- Time to mitigate: ${durationText(durations.toMitigateMs)}`,
		`- Time to resolve: ${durationText(durations.toResolveMs)}`,
		'',
		'| Time (UTC) | Local time | Event |',
		'| --- | --- | --- |',
		...entries.map(
			(entry) =>
				`| ${formatUtc(entry.at)} | ${formatLocal(entry.at, timeZone)} | ${cell(entry.kind === 'due' ? `${entry.text} (due by policy)` : entry.text)} |`,
		),
		'',
	];
	return lines.join('\n');
}

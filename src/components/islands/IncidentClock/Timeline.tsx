import { useMemo, useState } from 'preact/hooks';
import { incidentChannelName } from '../../../lib/incident/channel-name.ts';
import { timelineEntries } from '../../../lib/incident/timeline.ts';
import { isoDay } from '../../../lib/time/format-time.ts';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import { copyText, downloadText } from '../shared/download.ts';
import { Time } from './Time.tsx';
import type { IncidentClockModel } from './useIncidentClock.ts';

/** The incident's timeline, its channel, and ways to take it elsewhere: Markdown and a link. */
export default function Timeline({ data, clock }: { data: ClockData; clock: IncidentClockModel }) {
	const view = clock.view!;
	const [status, setStatus] = useState('');
	const names = { levels: data.levels, roles: data.incidentRoles };
	const entries = useMemo(() => timelineEntries(view, names), [view]);
	const channel = incidentChannelName(
		data.incidentChannel,
		new Date(view.state.declaredAt),
		view.state.title,
	);
	/** Never rejects (copyText answers false for a refused clipboard), so a click can ignore it. */
	const copy = async (text: string, what: string) =>
		setStatus(
			(await copyText(text))
				? `${what} copied.`
				: `Could not copy the ${what.toLowerCase()}: your browser refused.`,
		);
	// Exports load their code when asked for: the clock itself stays small.
	const shareUrl = async () => {
		const { shareFragment } = await import('../../../lib/incident/share-link.ts');
		return `${location.origin}${location.pathname}#${shareFragment(clock.incident!)}`;
	};
	const markdown = async () => {
		const { timelineMarkdown } = await import('../../../lib/incident/timeline-markdown.ts');
		return timelineMarkdown(view, names);
	};
	/**
	 * A click handler for an export. Each export reports its outcome in the status line; one whose
	 * code fails to load (a newer build replaced it, the link is down) says so there too.
	 */
	const exporting = (what: string, action: () => Promise<void>) => () => {
		action().catch(() => {
			setStatus(`Could not prepare the ${what}: reload the page and try again.`);
		});
	};

	return (
		<section class="fbk__card" aria-labelledby="fbk-timeline-title">
			<h2 id="fbk-timeline-title">Timeline</h2>
			<p>
				Incident channel: <code>{channel}</code>{' '}
				<button
					type="button"
					class="fb-button fb-button--small"
					onClick={() => void copy(channel, 'Channel name')}
				>
					Copy channel name
				</button>
			</p>
			<ol class="fbk__timeline">
				{entries.map((entry) => (
					<li key={entry.key} class={entry.kind === 'due' ? 'fbk__due' : undefined}>
						<Time at={entry.at} />
						<span>
							{entry.text}
							{entry.kind === 'due' && <span class="fb-hint"> (due by policy)</span>}
						</span>
					</li>
				))}
			</ol>
			<div class="fb-buttons">
				<button
					type="button"
					class="fb-button"
					onClick={exporting('timeline', async () => {
						downloadText(`incident-${isoDay(view.state.detectedAt)}-timeline.md`, await markdown());
					})}
				>
					Download timeline (.md)
				</button>
				<button
					type="button"
					class="fb-button"
					onClick={exporting('timeline', async () => copy(await markdown(), 'Timeline'))}
				>
					Copy timeline
				</button>
				<button
					type="button"
					class="fb-button"
					onClick={exporting('share link', async () => copy(await shareUrl(), 'Share link'))}
				>
					Copy share link
				</button>
			</div>
			<p role="status" class="fb-hint">
				{status}
			</p>
		</section>
	);
}

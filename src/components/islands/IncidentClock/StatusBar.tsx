import { STATUS_NAMES } from '../../../lib/incident/reduce-incident.ts';
import type { ClockView } from '../../../lib/incident/clock-view.ts';
import { formatClock, formatUtc } from '../../../lib/time/format-time.ts';
import { labelWithAliases } from '../../../lib/views/level-view.ts';
import { dueText } from './Time.tsx';

interface Props {
	view: ClockView;
	now: number;
	/** False when the reader has hidden live countdowns: show due times instead. */
	live: boolean;
}

/** The three things that matter now, kept on screen while the reader scrolls and acts. */
export default function StatusBar({ view, now, live }: Props) {
	const { level, paging, update, state } = view;
	const paged = paging.current?.targets.join(' + ') ?? '';
	return (
		<div class="fbk__bar" style={{ '--fb-severity': level.color }}>
			<p class="fbk__bar-level">
				<span class="fbk__swatch" aria-hidden="true" />
				<strong>{labelWithAliases(level)}</strong>
				<span>{STATUS_NAMES[state.status]}</span>
				<span class="fbk__num">
					{live
						? `${formatClock(view.durations.elapsedMs)} elapsed`
						: `since ${formatUtc(state.detectedAt)}`}
				</span>
			</p>
			<p class="fbk__bar-line" data-testid="paging">
				{paging.status === 'paging' && (
					<>
						Paging <strong>{paged}</strong>
						{paging.next && (
							<>
								{' '}
								· next {paging.next.targets.join(' + ')}{' '}
								{dueText(paging.next.inMs, paging.next.at, live)}
							</>
						)}
					</>
				)}
				{paging.status === 'exhausted' && (
					<>
						<strong>Nobody has acknowledged</strong> and the chain has run out: escalate by hand.
					</>
				)}
				{paging.status === 'acknowledged' && <>Acknowledged: paging stopped</>}
				{paging.status === 'resolved' && <>Resolved: nobody is being paged</>}
				{paging.status === 'nobody' && <>Nobody is paged at this level</>}
			</p>
			<p class={`fbk__bar-line${update?.overdue ? ' fbk__overdue' : ''}`} data-testid="update">
				{!update &&
					(state.status === 'resolved'
						? 'No more updates due'
						: 'No scheduled updates at this level and state')}
				{update &&
					(update.overdue ? (
						<strong>
							Update overdue{' '}
							{live ? `by ${formatClock(now - update.dueAt)}` : `since ${formatUtc(update.dueAt)}`}
						</strong>
					) : (
						<>Next update {dueText(update.inMs, update.dueAt, live)}</>
					))}
			</p>
		</div>
	);
}

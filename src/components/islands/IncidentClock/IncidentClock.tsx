import { useEffect, useRef } from 'preact/hooks';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import ClockActions from './ClockActions.tsx';
import DeclareForm from './DeclareForm.tsx';
import { downloadText } from '../shared/download.ts';
import IncidentList from './IncidentList.tsx';
import RolesAndNotes from './RolesAndNotes.tsx';
import Timeline from './Timeline.tsx';
import Engaged from './Engaged.tsx';
import StatusBar from './StatusBar.tsx';
import { useAttention } from './useAttention.ts';
import { useIncidentClock } from './useIncidentClock.ts';
import { usePreference } from './usePreference.ts';
import '../shared/controls.css';
import './incident-clock.css';

/**
 * The incident clock: declare an incident, see who is paged now and next, when the next status
 * update is due, and keep a timeline. All state lives in this browser; nothing is sent anywhere.
 */
export default function IncidentClock({ data }: { data: ClockData }) {
	const clock = useIncidentClock(data);
	const [live, setLive] = usePreference('firebreak:clock:live-countdowns', true);
	const [notify, setNotify] = usePreference('firebreak:clock:notify', false);
	const announcement = useAttention(clock.view, clock.now, notify);
	const { view, storage, shared } = clock;
	const heading = useRef<HTMLHeadingElement>(null);
	// After declaring or opening an incident, take the reader (and screen reader) to it.
	useEffect(() => {
		if (clock.opened) (heading.current ?? document.getElementById('fbk-declare-title'))?.focus();
	}, [clock.opened]);

	if (!clock.ready)
		return <p class="fb-hint fbk__loading">Loading the incidents kept in this browser…</p>;

	const sharedExists = shared?.ok && clock.summaries.some((item) => item.id === shared.incident.id);
	return (
		<div class="fbk not-content">
			{/* Escalations and overdue updates are announced once each; the ticking is not. */}
			<p class="sr-only" aria-live="assertive" aria-atomic="true">
				{announcement}
			</p>
			{storage.unreadable && (
				<div class="fb-banner" role="alert">
					<p>
						The incidents stored in this browser could not be read ({storage.unreadable.reason}), so
						the clock started clean. The unreadable data is kept: save it before you dismiss this.
					</p>
					<div class="fb-buttons">
						<button
							type="button"
							class="fb-button"
							onClick={() =>
								downloadText(
									'firebreak-unreadable-incidents.json',
									storage.unreadable!.raw,
									'application/json',
								)
							}
						>
							Save the unreadable data
						</button>
						<button type="button" class="fb-button" onClick={storage.dismissUnreadable}>
							Dismiss
						</button>
					</div>
				</div>
			)}
			{storage.notSaved && (
				<p class="fb-banner" role="alert">
					This browser refused to save (its storage may be full or disabled). The clock keeps
					working in this tab, but a reload would lose it: download the timeline to keep it.
				</p>
			)}
			{shared && (
				<div class="fb-banner" role="region" aria-label="Shared incident">
					{shared.ok ? (
						<p>
							This link carries the incident “
							{shared.incident.events.find((item) => item.type === 'declared')?.title || 'untitled'}
							” with {shared.incident.events.length} events.{' '}
							{sharedExists
								? 'You already have it: importing adds the events you do not have yet, and keeps yours.'
								: ''}
						</p>
					) : (
						<p>{shared.reason}</p>
					)}
					<div class="fb-buttons">
						{shared.ok && (
							<button
								type="button"
								class="fb-button fb-button--primary"
								onClick={() => clock.importShared(shared.incident)}
							>
								{sharedExists ? 'Merge into my copy' : 'Import this incident'}
							</button>
						)}
						<button type="button" class="fb-button" onClick={clock.dismissShared}>
							Dismiss
						</button>
					</div>
				</div>
			)}
			{view ? (
				<>
					<StatusBar view={view} now={clock.now} live={live} />
					<div class="fbk__grid" key={view.state.id}>
						<h2 class="fbk__title" ref={heading} tabIndex={-1}>
							{view.state.title || 'Untitled incident'}
						</h2>
						<ClockActions data={data} clock={clock} />
						<Engaged view={view} live={live} bringIn={data.bringIn} />
						<RolesAndNotes data={data} clock={clock} />
						<Timeline data={data} clock={clock} />
					</div>
				</>
			) : (
				<DeclareForm data={data} clock={clock} />
			)}
			<IncidentList clock={clock} />
			<fieldset class="fbk__card fbk__fieldset">
				<legend>Display</legend>
				<label class="fbk__check">
					<input
						type="checkbox"
						checked={live}
						onChange={(event) => setLive(event.currentTarget.checked)}
					/>
					Show live countdowns (off: show due times instead)
				</label>
				<label class="fbk__check">
					<input
						type="checkbox"
						checked={notify}
						onChange={(event) => {
							const wanted = event.currentTarget.checked;
							if (
								wanted &&
								typeof Notification !== 'undefined' &&
								Notification.permission !== 'granted'
							) {
								// A request the browser fails leaves notifications off, as a refusal does.
								Notification.requestPermission().then(
									(permission) => setNotify(permission === 'granted'),
									() => setNotify(false),
								);
							} else setNotify(wanted && typeof Notification !== 'undefined');
						}}
					/>
					Notify me of escalations and overdue updates
				</label>
			</fieldset>
		</div>
	);
}

import { STATUS_NAMES } from '../../../lib/incident/reduce-incident.ts';
import { useState } from 'preact/hooks';
import { Time } from './Time.tsx';
import type { IncidentClockModel } from './useIncidentClock.ts';

/** Every incident this browser holds: open one, archive it, or delete it after confirming. */
export default function IncidentList({ clock }: { clock: IncidentClockModel }) {
	const [confirming, setConfirming] = useState<string | null>(null);
	const current = clock.incident?.id;
	if (!clock.summaries.length) return null;
	return (
		<section class="fbk__card" aria-labelledby="fbk-list-title">
			<h2 id="fbk-list-title">Incidents in this browser</h2>
			<ul class="fbk__incidents">
				{clock.summaries.map((item) => (
					<li key={item.id} aria-current={item.id === current ? 'true' : undefined}>
						<p>
							<strong>{item.levelLabel}</strong> {item.title || 'Untitled incident'} ·{' '}
							{STATUS_NAMES[item.status].toLowerCase()}
							{item.archived && ' · archived'}
							<br />
							<span class="fb-hint">
								Detected <Time at={item.detectedAt} />
							</span>
						</p>
						{confirming === item.id ? (
							<div
								class="fb-buttons"
								role="group"
								aria-label={`Delete ${item.title || 'this incident'} for good?`}
							>
								<span>Delete it and its timeline for good?</span>
								<button
									type="button"
									class="fb-button fb-button--danger"
									onClick={() => clock.remove(item.id)}
								>
									Delete
								</button>
								<button type="button" class="fb-button" onClick={() => setConfirming(null)}>
									Keep it
								</button>
							</div>
						) : (
							<div class="fb-buttons">
								{item.id !== current && (
									<button type="button" class="fb-button" onClick={() => clock.open(item.id)}>
										Open<span class="sr-only"> {item.title}</span>
									</button>
								)}
								<button
									type="button"
									class="fb-button"
									onClick={() =>
										clock.actOn(item.id, { type: item.archived ? 'unarchived' : 'archived' })
									}
								>
									{item.archived ? 'Unarchive' : 'Archive'}
									<span class="sr-only"> {item.title}</span>
								</button>
								<button type="button" class="fb-button" onClick={() => setConfirming(item.id)}>
									Delete…<span class="sr-only"> {item.title}</span>
								</button>
							</div>
						)}
					</li>
				))}
			</ul>
			{current && (
				<button type="button" class="fb-button" onClick={() => clock.open(null)}>
					Declare another incident
				</button>
			)}
		</section>
	);
}

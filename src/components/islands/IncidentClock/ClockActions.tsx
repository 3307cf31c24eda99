import { STATUS_NAMES } from '../../../lib/incident/reduce-incident.ts';
import { useState } from 'preact/hooks';
import { nextEscalationStep } from '../../../lib/incident/escalation-schedule.ts';
import { OPEN_STATES } from '../../../lib/incident/events.ts';
import { postmortemTemplate, updateTemplateFor } from '../../../lib/templates/pick-template.ts';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import { sitePath } from '../../../site-path.ts';
import LevelOptions from './LevelOptions.tsx';
import type { IncidentClockModel } from './useIncidentClock.ts';

/** What a responder does to the incident: each button appends one event to its log. */
export default function ClockActions({
	data,
	clock,
}: {
	data: ClockData;
	clock: IncidentClockModel;
}) {
	const view = clock.view!;
	const { state, paging } = view;
	const [by, setBy] = useState('');
	const [severity, setSeverity] = useState(state.severity);
	const resolved = state.status === 'resolved';
	const steps = view.level.policy?.steps ?? [];
	const nextStep = nextEscalationStep(view.level, paging);

	const update = updateTemplateFor(data.templates, state.status);
	const postmortem = postmortemTemplate(data.templates);
	const write = (id: string) =>
		sitePath(`/tools/templates/${id}/?incident=${encodeURIComponent(state.id)}`);

	return (
		<section class="fbk__card" aria-labelledby="fbk-actions-title">
			<h2 id="fbk-actions-title">Actions</h2>
			{(update || postmortem) && (
				<div class="fb-buttons">
					{update && (
						<a class="fb-button" href={write(update.id)}>
							Write an update
						</a>
					)}
					{postmortem && (
						<a class="fb-button" href={write(postmortem.id)}>
							Write the post-mortem
						</a>
					)}
				</div>
			)}
			{!resolved && paging.status !== 'acknowledged' && (
				<div class="fbk__row">
					<p class="fb-field fbk__grow">
						<label for="fbk-ack-by">Acknowledged by (optional)</label>
						<input
							id="fbk-ack-by"
							type="text"
							value={by}
							autocomplete="name"
							onInput={(event) => setBy(event.currentTarget.value)}
						/>
					</p>
					<button
						type="button"
						class="fb-button fb-button--primary"
						onClick={() =>
							clock.act({ type: 'acknowledged', ...(by.trim() ? { by: by.trim() } : {}) })
						}
					>
						Acknowledge
					</button>
				</div>
			)}
			{!resolved && (
				<div class="fb-buttons">
					<button
						type="button"
						class="fb-button"
						onClick={() => clock.act({ type: 'update-posted' })}
					>
						Update posted
					</button>
					{steps[nextStep] && (
						<button
							type="button"
							class="fb-button"
							onClick={() => clock.act({ type: 'escalated', step: nextStep })}
						>
							Escalate now: page {steps[nextStep].targets.join(' + ')}
						</button>
					)}
					{state.mitigatedAt === null && (
						<button
							type="button"
							class="fb-button"
							onClick={() => clock.act({ type: 'mitigated' })}
						>
							Mark mitigated
						</button>
					)}
				</div>
			)}
			<fieldset class="fbk__fieldset">
				<legend>Status page</legend>
				<p class="fb-hint">
					Now: <strong>{STATUS_NAMES[state.status]}</strong>. Moving to another state counts as
					posting an update.
				</p>
				<div class="fb-buttons">
					{OPEN_STATES.filter((item) => item !== state.status).map((item) => (
						<button
							key={item}
							type="button"
							class="fb-button"
							onClick={() => {
								if (resolved) clock.act({ type: 'reopened' });
								clock.act({ type: 'status-changed', state: item });
							}}
						>
							{resolved ? `Reopen as ${STATUS_NAMES[item]}` : STATUS_NAMES[item]}
						</button>
					))}
					{!resolved && (
						<button
							type="button"
							class="fb-button fb-button--primary"
							onClick={() => clock.act({ type: 'resolved' })}
						>
							Resolved
						</button>
					)}
				</div>
			</fieldset>
			<div class="fbk__row">
				<p class="fb-field fbk__grow">
					<label for="fbk-change-severity">Severity</label>
					<select
						id="fbk-change-severity"
						value={severity}
						onChange={(event) => setSeverity(event.currentTarget.value)}
					>
						<LevelOptions levels={data.levels} />
					</select>
				</p>
				<button
					type="button"
					class="fb-button"
					disabled={severity === state.severity}
					onClick={() => clock.act({ type: 'severity-changed', severity })}
				>
					Change severity
				</button>
			</div>
		</section>
	);
}

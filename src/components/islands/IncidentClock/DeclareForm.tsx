import { useEffect, useState } from 'preact/hooks';
import type { DeclareResult } from '../../../lib/incident/declare.ts';
import { toDateTimeLocal } from '../../../lib/time/format-time.ts';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import LevelOptions from './LevelOptions.tsx';
import type { IncidentClockModel } from './useIncidentClock.ts';

interface Props {
	data: ClockData;
	clock: IncidentClockModel;
}

/** Declare an incident: what, how bad, since when (editable to backdate), and which runbook. */
export default function DeclareForm({ data, clock }: Props) {
	const { preset } = clock;
	const [title, setTitle] = useState(preset.title);
	const [severity, setSeverity] = useState(preset.severity);
	const [runbook, setRunbook] = useState(preset.runbook);
	const [detected, setDetected] = useState('');
	const [error, setError] = useState<Extract<DeclareResult, { ok: false }> | null>(null);

	// The URL is read after hydration; take its presets when they arrive.
	useEffect(() => {
		setTitle((value) => value || preset.title);
		setSeverity((value) => value || preset.severity);
		setRunbook((value) => value || preset.runbook);
	}, [preset.title, preset.severity, preset.runbook]);

	const submit = (event: Event) => {
		event.preventDefault();
		const detectedAt = detected ? new Date(detected).getTime() : Date.now();
		const result = clock.declare({ title, severity, detectedAt, runbook });
		setError(result.ok ? null : result);
	};

	return (
		<form
			class="fbk__card fbk__declare"
			onSubmit={submit}
			aria-labelledby="fbk-declare-title"
			noValidate
		>
			<h2 id="fbk-declare-title" tabIndex={-1}>
				Declare an incident
			</h2>
			<p class="fb-field">
				<label for="fbk-title">What is happening</label>
				<input
					id="fbk-title"
					type="text"
					value={title}
					maxLength={200}
					autocomplete="off"
					placeholder="e.g. Checkout failing after deploy"
					onInput={(event) => setTitle(event.currentTarget.value)}
				/>
			</p>
			<p class="fb-field">
				<label for="fbk-severity">Severity</label>
				<select
					id="fbk-severity"
					value={severity}
					required
					aria-invalid={error?.field === 'severity'}
					aria-describedby={error?.field === 'severity' ? 'fbk-declare-error' : undefined}
					onChange={(event) => setSeverity(event.currentTarget.value)}
				>
					<option value="">Choose a level…</option>
					<LevelOptions levels={data.levels} />
				</select>
			</p>
			<p class="fb-field">
				<label for="fbk-detected">Detected at (your local time; leave empty for now)</label>
				<input
					id="fbk-detected"
					type="datetime-local"
					value={detected}
					max={toDateTimeLocal(clock.now)}
					aria-invalid={error?.field === 'detectedAt'}
					aria-describedby={error?.field === 'detectedAt' ? 'fbk-declare-error' : undefined}
					onInput={(event) => setDetected(event.currentTarget.value)}
				/>
			</p>
			{clock.runbooks.length > 0 && (
				<p class="fb-field">
					<label for="fbk-runbook">Runbook (optional)</label>
					<select
						id="fbk-runbook"
						value={runbook}
						onChange={(event) => setRunbook(event.currentTarget.value)}
					>
						<option value="">None</option>
						{clock.runbooks.map((item) => (
							<option key={item.id} value={item.id}>
								{item.title}
							</option>
						))}
					</select>
				</p>
			)}
			{error && (
				<p id="fbk-declare-error" class="fb-error" role="alert">
					{error.message}
				</p>
			)}
			<button type="submit" class="fb-button fb-button--primary">
				Start the clock
			</button>
		</form>
	);
}

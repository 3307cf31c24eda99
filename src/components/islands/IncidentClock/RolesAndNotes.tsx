import { useState } from 'preact/hooks';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import type { IncidentClockModel } from './useIncidentClock.ts';

/** Who holds each incident role, and quick notes for the timeline. */
export default function RolesAndNotes({
	data,
	clock,
}: {
	data: ClockData;
	clock: IncidentClockModel;
}) {
	const state = clock.view!.state;
	const [note, setNote] = useState('');
	const addNote = (event: Event) => {
		event.preventDefault();
		if (!note.trim()) return;
		clock.act({ type: 'note', text: note.trim() });
		setNote('');
	};
	return (
		<section class="fbk__card" aria-labelledby="fbk-people-title">
			<h2 id="fbk-people-title">Roles and notes</h2>
			{data.incidentRoles.map((role) => (
				<p class="fb-field" key={role.id}>
					<label for={`fbk-role-${role.id}`}>
						{role.name}
						{role.short && ` (${role.short})`}
					</label>
					<input
						id={`fbk-role-${role.id}`}
						type="text"
						autocomplete="off"
						value={state.roles[role.id] ?? ''}
						// On change (blur or Enter), not per keystroke: one timeline entry per assignment.
						onChange={(event) => {
							const person = event.currentTarget.value.trim();
							if (person !== (state.roles[role.id] ?? ''))
								clock.act({ type: 'role-assigned', role: role.id, person });
						}}
					/>
				</p>
			))}
			<form onSubmit={addNote} class="fb-field">
				<label for="fbk-note">Note for the timeline</label>
				<textarea
					id="fbk-note"
					rows={2}
					value={note}
					maxLength={2000}
					onInput={(event) => setNote(event.currentTarget.value)}
				/>
				<button type="submit" class="fb-button">
					Add note
				</button>
			</form>
		</section>
	);
}

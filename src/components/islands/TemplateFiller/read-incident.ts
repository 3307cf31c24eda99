// The incident a filler was opened from, read from the clock's storage. Loaded only when the URL
// names an incident, so a filler opened on its own does not download the clock's code.
import { clockView } from '../../../lib/incident/clock-view.ts';
import { incidentFacts } from '../../../lib/templates/incident-facts.ts';
import type { FillerData } from '../../../lib/views/filler-data.ts';
import { loadStore } from '../shared/incident-storage.ts';

export function readIncident(data: FillerData, id: string) {
	const incident = loadStore().store.incidents.find((candidate) => candidate.id === id);
	if (!incident) return null;
	const view = clockView(incident, data.clock.levels, Date.now());
	const names = { levels: data.clock.levels, roles: data.clock.incidentRoles };
	return { facts: incidentFacts(view, names, data.clock.incidentChannel), title: view.state.title };
}
export type OpenedIncident = ReturnType<typeof readIncident>;

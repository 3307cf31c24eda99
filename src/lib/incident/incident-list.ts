// The incidents a browser holds, as the clock lists them: open ones first, then the most recent.
import type { LevelView } from '../views/level-view.ts';
import { levelOf } from './clock-view.ts';
import type { IncidentStore } from './store.ts';
import { reduceIncident, type IncidentStatus } from './reduce-incident.ts';

export interface IncidentSummary {
	id: string;
	title: string;
	levelLabel: string;
	status: IncidentStatus;
	detectedAt: number;
	archived: boolean;
}

export function incidentSummaries(
	store: IncidentStore,
	levels: readonly Pick<LevelView, 'id' | 'label'>[],
): IncidentSummary[] {
	return store.incidents
		.map((incident) => {
			const state = reduceIncident(incident);
			return {
				id: state.id,
				title: state.title,
				levelLabel: levelOf(levels, state.severity).label,
				status: state.status,
				detectedAt: state.detectedAt,
				archived: state.archived,
			};
		})
		.sort(
			(a, b) =>
				Number(a.archived) - Number(b.archived) ||
				Number(a.status === 'resolved') - Number(b.status === 'resolved') ||
				b.detectedAt - a.detectedAt,
		);
}

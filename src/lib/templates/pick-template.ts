// Which template the incident clock offers for "Write an update" and "Write the post-mortem".
import type { IncidentStatus } from '../incident/reduce-incident.ts';
import type { ClockData } from '../views/clock-data.ts';

type Listed = ClockData['templates'][number];

/** The status-page update for the incident's state, else any status-page or internal update. */
export function updateTemplateFor(
	templates: readonly Listed[],
	status: IncidentStatus,
): Listed | null {
	const statusPage = templates.filter((template) => template.audience === 'status-page');
	return (
		statusPage.find((template) => template.status === status) ??
		statusPage.find((template) => template.status === null) ??
		statusPage[0] ??
		templates.find((template) => template.audience === 'internal') ??
		null
	);
}

export const postmortemTemplate = (templates: readonly Listed[]): Listed | null =>
	templates.find((template) => template.audience === 'post-mortem') ?? null;

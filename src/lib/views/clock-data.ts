// The incident clock's data, built once at build time from the parsed content. Its types derive
// from the schemas through the builders, so the island reads exactly what the YAML says.
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { EscalationData } from '../../schemas/escalation.ts';
import type { RoleData } from '../../schemas/role.ts';
import type { SettingsData } from '../../schemas/settings.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import type { TemplateData } from '../../schemas/template.ts';
import { sortTemplates } from './template-view.ts';
import { expandLevelNames } from '../severity/level-names.ts';
import { levelNames, toLevelViews, type ParsedEntry } from './level-view.ts';

export interface ClockContent {
	severities: readonly ParsedEntry<SeverityData>[];
	/** Message templates, so the clock can offer to write each with the incident's facts. */
	templates?: readonly ParsedEntry<Pick<TemplateData, 'title' | 'audience' | 'order' | 'status'>>[];
	policies: ReadonlyMap<string, ParsedEntry<EscalationData>>;
	roles: ReadonlyMap<string, ParsedEntry<RoleData>>;
	settings: Pick<SettingsData, 'incidentChannel' | 'statusPageUrl'>;
	/** The assessment's triggers, so the clock can show who the calculator's answers bring in. */
	assessment?: Pick<AssessmentData, 'bringIn'>;
}

export function buildClockData({
	severities,
	policies,
	roles,
	settings,
	templates = [],
	assessment,
}: ClockContent) {
	const roleName = (id: string) => roles.get(id)?.data.name ?? id;
	return {
		// Only what the clock shows: the island's props are serialised into the page.
		levels: toLevelViews(severities, policies, roles).map(
			({ id, label, aliases, name, color, responseMinutes, updateEveryMinutes, policy }) => ({
				id,
				label,
				aliases,
				name,
				color,
				responseMinutes,
				updateEveryMinutes,
				policy,
			}),
		),
		/** The roles people take during a response, to assign in the clock. */
		incidentRoles: [...roles.values()]
			.filter((role) => role.data.kind === 'incident-role')
			.map(({ id, data }) => ({ id, name: data.name, short: data.short ?? null }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		/** Every template, for "Write an update" and "Write the post-mortem". */
		templates: sortTemplates(
			templates.map(({ id, data }) => ({
				id,
				title: expandLevelNames(data.title, levelNames(severities)),
				audience: data.audience,
				order: data.order,
				status: data.status ?? null,
			})),
		),
		/** People brought in because of what is true, by trigger id. */
		bringIn: (assessment?.bringIn ?? []).map(({ id, roles: who, reason }) => ({
			id,
			who: who.map((role) => roleName(role.id)).join(' → '),
			reason: expandLevelNames(reason, levelNames(severities)),
		})),
		incidentChannel: settings.incidentChannel,
		statusPageUrl: settings.statusPageUrl,
	};
}
export type ClockData = ReturnType<typeof buildClockData>;

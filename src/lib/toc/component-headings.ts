// The headings components render, as data: each component renders its headings from these
// functions, or from the same fields, and "On this page" lists them
// (src/route-middleware/toc-headings.ts; test/handbook/toc.test.ts holds the two together).
import type { RoleData } from '../../schemas/role.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import { labelWithAliases } from '../views/level-view.ts';
import type { TocHeading } from './merge-headings.ts';

type Level = { id: string; data: Pick<SeverityData, 'label' | 'name' | 'aliases'> };

/** `<EscalationPolicies />`: one section per level, titled with the level's badge and aliases. */
export const policyHeadings = (levels: readonly Level[]): TocHeading[] =>
	levels.map(({ id, data }) => ({ depth: 2, slug: id, text: labelWithAliases(data) }));

/** `<SeverityLevels />`: one section per level, "SEV1: Critical (also P0, …)". */
export const levelHeadings = (levels: readonly Level[]): TocHeading[] =>
	levels.map(({ id, data }) => ({
		depth: 2,
		slug: id,
		text: `${data.label}: ${data.name}${data.aliases.length ? ` (also ${data.aliases.join(', ')})` : ''}`,
	}));

/** `<SeverityMatrix />`: the overrides table has a section of its own. */
export const MATRIX_HEADINGS: readonly TocHeading[] = [
	{ depth: 2, slug: 'overrides', text: 'Overrides' },
];

type RoleSections = Pick<RoleData, 'duties' | 'firstFifteenMinutes' | 'contacts'>;

/** `<RolePage />`: the sections a role has content for, in page order. */
export function roleSections(role: RoleSections) {
	const section = (slug: string, text: string, present: boolean) =>
		present ? { depth: 2, slug, text } : undefined;
	return {
		duties: section('duties', 'Duties', role.duties.length > 0),
		firstFifteenMinutes: section(
			'first-15-minutes',
			'First 15 minutes',
			role.firstFifteenMinutes.length > 0,
		),
		contacts: section('contact', 'How to reach this role', role.contacts.length > 0),
	};
}

export const roleHeadings = (role: RoleSections): TocHeading[] =>
	Object.values(roleSections(role)).filter((heading) => heading !== undefined);

type IndexedRunbook = { id: string; data: { services: readonly string[] } };

/** `<RunbookIndex />`: a "By service" section with one sub-section per service, A–Z. */
export function runbookIndexSections<Runbook extends IndexedRunbook>(runbooks: readonly Runbook[]) {
	const services = [...new Set(runbooks.flatMap((runbook) => runbook.data.services))].sort();
	return {
		byService: { depth: 2, slug: 'by-service', text: 'By service' },
		services: services.map((service) => ({
			heading: { depth: 3, slug: `service-${service}`, text: service },
			runbooks: runbooks.filter((runbook) => runbook.data.services.includes(service)),
		})),
	};
}

export function runbookIndexHeadings(runbooks: readonly IndexedRunbook[]): TocHeading[] {
	const { byService, services } = runbookIndexSections(runbooks);
	return [byService, ...services.map((service) => service.heading)];
}

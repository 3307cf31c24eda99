// The headings components render, as data: each component renders its headings from these
// functions, or from the same fields, and "On this page" lists them
// (src/route-middleware/toc-headings.ts; test/handbook/toc.test.ts holds the two together).
import type { RoleData } from '../../schemas/role.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import { listsEveryRunbook } from '../runbooks/runbook-index.ts';
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

/** `<SeverityMatrix />`: the overrides have a section of their own, and so do ceilings, if any. */
export const matrixSections = (hasCeilings: boolean) => ({
	overrides: { depth: 2, slug: 'overrides', text: 'Overrides' },
	ceilings: hasCeilings ? { depth: 2, slug: 'ceilings', text: 'Ceilings' } : undefined,
});

export const matrixHeadings = (hasCeilings: boolean): TocHeading[] =>
	Object.values(matrixSections(hasCeilings)).filter((heading) => heading !== undefined);

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

/**
 * `<RunbookIndex />`: the ways into the runbooks (by service, by level) and, while the handbook is
 * small enough for one page, every runbook (src/lib/runbooks/runbook-index.ts).
 */
export function runbookIndexSections(runbooks: readonly unknown[]) {
	const section = (slug: string, text: string, present: boolean) =>
		present ? { depth: 2, slug, text } : undefined;
	return {
		byService: section('by-service', 'By service', runbooks.length > 0),
		byLevel: section('by-level', 'By level', runbooks.length > 0),
		all: section(
			'all-runbooks',
			'All runbooks',
			runbooks.length > 0 && listsEveryRunbook(runbooks.length),
		),
	};
}

export const runbookIndexHeadings = (runbooks: readonly unknown[]): TocHeading[] =>
	Object.values(runbookIndexSections(runbooks)).filter((heading) => heading !== undefined);

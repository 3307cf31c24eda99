// Reads the content collections once, sorted and indexed the way pages use them, so no page
// repeats a query or a sort. Build-time only (astro:content).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { SINGLE_ENTRY_ID } from './lib/content/content-paths.ts';
import { buildClockData, type ClockData } from './lib/views/clock-data.ts';
import { buildFillerData, type FillerData } from './lib/views/filler-data.ts';
import { sortTemplates } from './lib/views/template-view.ts';
import { buildCalculatorData, type CalculatorData } from './lib/views/calculator-view.ts';
import { expandLevelNames } from './lib/severity/level-names.ts';
import { byRank, levelNames, toLevelViews, type LevelView } from './lib/views/level-view.ts';
import { buildPracticeData, type PracticeData } from './lib/views/practice-view.ts';
import { utcMidnight } from './lib/time/format-time.ts';

export type Severity = CollectionEntry<'severities'>;
export type Policy = CollectionEntry<'escalation'>;
export type Role = CollectionEntry<'roles'>;
export type Runbook = CollectionEntry<'docs'> & { data: { kind: 'runbook' } };

export const isRunbook = (entry: CollectionEntry<'docs'>): entry is Runbook =>
	entry.data.kind === 'runbook';

/**
 * `read`, run once per build: most pages render a runbook header, a level badge or a site title
 * from the same collections, and each getCollection() builds every entry anew, so reading them
 * again for each page (every runbook, for each page of a runbook list) grows with the handbook.
 * Each caller gets its own copy of the list or map, so sorting or filtering it cannot change what
 * the next page gets. In `astro dev` nothing is kept: an edited file shows on the next request.
 */
function oncePerBuild<T>(read: () => Promise<T[]>): () => Promise<T[]>;
function oncePerBuild<K, V>(read: () => Promise<Map<K, V>>): () => Promise<Map<K, V>>;
function oncePerBuild<T>(read: () => Promise<T[] | Map<unknown, unknown>>) {
	if (!import.meta.env.PROD) return read;
	let kept: Promise<T[] | Map<unknown, unknown>> | undefined;
	return async () => {
		const value = await (kept ??= read());
		return Array.isArray(value) ? [...value] : new Map(value);
	};
}

/** Severity levels, most severe first. */
export const getSeverities: () => Promise<Severity[]> = oncePerBuild(async () =>
	(await getCollection('severities')).sort(byRank),
);

export const getPolicies: () => Promise<Map<string, Policy>> = oncePerBuild(
	async () => new Map((await getCollection('escalation')).map((policy) => [policy.id, policy])),
);

export const getRoles: () => Promise<Map<string, Role>> = oncePerBuild(
	async () => new Map((await getCollection('roles')).map((role) => [role.id, role])),
);

/** Every level with its policy and names resolved, most severe first: what pages show. */
export async function getLevelViews(): Promise<LevelView[]> {
	const [severities, policies, roles] = await Promise.all([
		getSeverities(),
		getPolicies(),
		getRoles(),
	]);
	return toLevelViews(severities, policies, roles);
}

/**
 * Fills `{level:<id>}` placeholders in content text with the levels' labels: level names live
 * only in the severity files.
 */
export async function levelText(text: string): Promise<string> {
	return expandLevelNames(text, levelNames(await getSeverities()));
}

/**
 * Whether the handbook has a docs page with this id (e.g. `process/severity-matrix`). Components
 * link to content pages only when they exist: an organisation may not have them, and a link to a
 * page that does not exist is not shown at all.
 */
export async function hasPage(id: string): Promise<boolean> {
	return (await getEntry('docs', id)) !== undefined;
}

/** Runbooks, alphabetically by title. */
export const getRunbooks: () => Promise<Runbook[]> = oncePerBuild(async () =>
	(await getCollection('docs', isRunbook)).sort((a, b) => a.data.title.localeCompare(b.data.title)),
);

export const getAlerts: () => Promise<CollectionEntry<'alerts'>[]> = oncePerBuild(async () =>
	(await getCollection('alerts')).sort((a, b) => a.id.localeCompare(b.id)),
);

export async function getSettings() {
	const entry = await getEntry('settings', SINGLE_ENTRY_ID);
	if (!entry) throw new Error('src/content/settings.yaml is missing.');
	return entry.data;
}

export async function getAssessment() {
	const entry = await getEntry('assessment', SINGLE_ENTRY_ID);
	if (!entry) throw new Error('src/content/assessment.yaml is missing.');
	return entry.data;
}

/**
 * The date pages are built "as of" (review due dates, overdue banners). FIREBREAK_BUILD_DATE
 * (YYYY-MM-DD) pins it, so tests and reproducible builds do not depend on the calendar.
 */
export function buildDate(): Date {
	const pinned = process.env.FIREBREAK_BUILD_DATE;
	if (!pinned) return new Date();
	const day = utcMidnight(pinned);
	if (!day)
		throw new Error(`FIREBREAK_BUILD_DATE="${pinned}" is not a day: write it as 2026-11-22.`);
	return day;
}

export { isoDay } from './lib/time/format-time.ts';

/** The severity calculator's data: every number from the collections, nothing typed twice. */
export async function getCalculatorData(): Promise<CalculatorData> {
	const [assessment, severities, policies, roles, runbooks, settings] = await Promise.all([
		getAssessment(),
		getSeverities(),
		getPolicies(),
		getRoles(),
		getRunbooks(),
		getSettings(),
	]);
	return buildCalculatorData({ assessment, severities, policies, roles, runbooks, settings });
}

/** The practice island's data: the same assessment as the calculator, plus the scenarios. */
export async function getPracticeData(): Promise<PracticeData> {
	const [assessment, severities, scenarios] = await Promise.all([
		getAssessment(),
		getSeverities(),
		getCollection('scenarios'),
	]);
	return buildPracticeData({ assessment, severities, scenarios });
}

/** The incident clock's data: levels with their policies, incident roles, the channel pattern. */
export async function getClockData(): Promise<ClockData> {
	return buildClockData(await getClockContent());
}

async function getClockContent() {
	const [severities, policies, roles, settings, templates, assessment] = await Promise.all([
		getSeverities(),
		getPolicies(),
		getRoles(),
		getSettings(),
		getTemplates(),
		getAssessment(),
	]);
	return { severities, policies, roles, settings, templates, assessment };
}

/** Message templates, in the order the templates index lists them. */
export async function getTemplates() {
	const templates = await getCollection('templates');
	const order = new Map(
		sortTemplates(
			templates.map((entry) => ({ ...entry.data, id: entry.id, order: entry.data.order })),
		).map((template, index) => [template.id, index]),
	);
	return templates.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** A filler page's data: its template and the clock's data, built by the same builders. */
export async function getFillerData(template: CollectionEntry<'templates'>): Promise<FillerData> {
	return buildFillerData(template, await getClockContent());
}

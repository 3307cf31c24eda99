// Everything the severity calculator island needs, as plain serialisable data built once at build
// time (src/components/SeverityCalculator.astro) and by the tests from the same parsed content.
// The shape derives from the schemas through these functions; nothing here restates it.
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { RunbookFrontmatter } from '../../schemas/docs.ts';
import type { EscalationData } from '../../schemas/escalation.ts';
import type { SettingsData } from '../../schemas/settings.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import { toAssessmentModel } from '../severity/to-model.ts';
import { byRank, toLevelViews, type ParsedEntry, type RoleIndex } from './level-view.ts';

/** A runbook page: `title` is Starlight's frontmatter field, `severities` Firebreak's. */
export type RunbookEntry = ParsedEntry<
	Pick<RunbookFrontmatter, 'severities'> &
		Partial<Pick<RunbookFrontmatter, 'fits'>> & { title: string }
>;

/**
 * Runbooks that fit a level: those most likely at it first, then those that list it. Computed at
 * build time per level, so the calculator's data does not grow with the number of runbooks.
 */
export function fittingRunbooks(runbooks: readonly RunbookEntry[], level: string, limit = 6) {
	const likely = runbooks.filter(({ data }) => data.severities[0]?.id === level);
	const possible = runbooks.filter(({ data }) =>
		data.severities.slice(1).some(({ id }) => id === level),
	);
	return [...likely, ...possible]
		.slice(0, limit)
		.map(({ id, data }) => ({ id, title: data.title }));
}
export type RunbookLink = ReturnType<typeof fittingRunbooks>[number];

/** `question=option`: the key answers are indexed by. */
export const answerKey = (questionId: string, optionId: string) => `${questionId}=${optionId}`;

/**
 * Runbooks each answer points to (their `fits`), at most `limit` per answer, so the calculator's
 * data stays bounded however many runbooks there are.
 */
export function runbooksByAnswer(runbooks: readonly RunbookEntry[], limit = 5) {
	const index: Record<string, RunbookLink[]> = {};
	for (const { id, data } of runbooks) {
		for (const [questionId, options] of Object.entries(data.fits ?? {})) {
			for (const optionId of options) {
				const list = (index[answerKey(questionId, optionId)] ??= []);
				if (list.length < limit) list.push({ id, title: data.title });
			}
		}
	}
	return index;
}

export interface CalculatorSources {
	assessment: AssessmentData;
	severities: readonly ParsedEntry<SeverityData>[];
	policies: ReadonlyMap<string, ParsedEntry<EscalationData>>;
	roles: RoleIndex;
	runbooks: readonly RunbookEntry[];
	settings: Pick<SettingsData, 'incidentChannel' | 'statusPageUrl'>;
}

export function buildCalculatorData(sources: CalculatorSources) {
	const { assessment, policies, roles, settings } = sources;
	const severities = [...sources.severities].sort(byRank);
	// Alphabetical, so runbooks equally likely at a level are listed in a stable, findable order.
	const runbooks = [...sources.runbooks].sort((a, b) => a.data.title.localeCompare(b.data.title));
	const levels = toLevelViews(severities, policies, roles);
	return {
		model: toAssessmentModel(assessment, severities),
		/** Most severe first. */
		levels,
		/** `question=option` → runbooks that answer points to, at most a handful each. */
		runbooksByAnswer: runbooksByAnswer(runbooks),
		/** Level id → runbooks that fit it, at most a handful each. */
		runbooksByLevel: Object.fromEntries(
			levels.map(({ id }) => [id, fittingRunbooks(runbooks, id)]),
		),
		/** Names of the roles the assessment brings in because of what is true. */
		roleNames: Object.fromEntries(
			assessment.bringIn
				.flatMap((trigger) => trigger.roles)
				.map(({ id }) => [id, roles.get(id)?.data.name ?? id]),
		),
		incidentChannel: settings.incidentChannel,
		statusPageUrl: settings.statusPageUrl,
	};
}
export type CalculatorData = ReturnType<typeof buildCalculatorData>;

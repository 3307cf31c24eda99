// What the severity practice island receives: the calculator's assessment plus the scenario
// stories, built at build time (src/components/SeverityPractice.astro) and by the tests alike.
// The shape derives from the schemas through these functions; nothing here restates it.
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { ScenarioData } from '../../schemas/scenario.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import { expandLevelNames } from '../severity/level-names.ts';
import { toAssessmentModel } from '../severity/to-model.ts';
import { byRank, type ParsedEntry } from './level-view.ts';

/** A scenario with its reference flattened to the expected level's id and its text's level names filled in. */
export function toScenarioView(
	{ id, data }: ParsedEntry<ScenarioData>,
	named: readonly { id: string; label: string }[] = [],
) {
	const text = (value: string) => expandLevelNames(value, named);
	return {
		id,
		title: text(data.title),
		story: text(data.story.trim()),
		/** Severity id. */
		expected: data.expected.id,
		answers: data.answers,
		debrief: text(data.debrief),
	};
}

export interface PracticeSources {
	assessment: AssessmentData;
	severities: readonly ParsedEntry<SeverityData>[];
	scenarios: readonly ParsedEntry<ScenarioData>[];
}

export function buildPracticeData({ assessment, severities, scenarios }: PracticeSources) {
	const ranked = [...severities].sort(byRank);
	return {
		model: toAssessmentModel(assessment, ranked),
		/** Most severe first: only what the badges need. */
		levels: ranked.map(({ id, data }) => ({
			id,
			label: data.label,
			aliases: data.aliases,
			color: data.color,
		})),
		/** Alphabetically, so the order does not depend on file names. */
		scenarios: [...scenarios]
			.sort((a, b) => a.data.title.localeCompare(b.data.title))
			.map((scenario) =>
				toScenarioView(
					scenario,
					ranked.map(({ id, data }) => ({ id, label: data.label })),
				),
			),
	};
}
export type PracticeData = ReturnType<typeof buildPracticeData>;
export type PracticeScenario = PracticeData['scenarios'][number];

// The severity practice island's data and what it shows. `buildPracticeData` runs at build time
// (src/components/SeverityPractice.astro) and in tests: the calculator's assessment plus the
// scenario stories, its shape derived from the schemas. The rest runs in the browser: where the
// scenario and answers stand in the URL, and the verdict on a trainee's answers, worded here so
// the island only renders it.
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { ScenarioData } from '../../schemas/scenario.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import { readAnswers, writeAnswers } from '../severity/answers-url.ts';
import { expandLevelNames } from '../severity/level-names.ts';
import type { Answers } from '../severity/model.ts';
import { comparePractice } from '../severity/practice.ts';
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

/** Which scenario is open and what the trainee answered: all of it lives in the URL. */
export interface PracticeState {
	/** Index into `scenarios`. */
	index: number;
	answers: Record<string, string>;
}

/**
 * The state a URL holds (`?scenario=<id>&impact=…`): an unknown scenario opens the first one, and
 * answers the assessment does not know are dropped.
 */
export function readPracticeUrl(data: PracticeData, search: string): PracticeState {
	const id = new URLSearchParams(search).get('scenario');
	return {
		index: Math.max(
			0,
			data.scenarios.findIndex((scenario) => scenario.id === id),
		),
		answers: readAnswers(data.model, search),
	};
}

/** The query for a state, keeping the URL's other parameters as they are. */
export function practiceSearch(data: PracticeData, state: PracticeState, search: string): string {
	const params = new URLSearchParams(writeAnswers(data.model, state.answers, search));
	params.set('scenario', data.scenarios[state.index]!.id);
	return `?${params.toString()}`;
}

/** Everything the practice island shows for a state, worded. */
export function practiceView(data: PracticeData, { index, answers }: PracticeState) {
	const scenario = data.scenarios[index]!;
	return {
		scenario,
		/** The scenario picker's options, numbered in the order the page lists them. */
		choices: data.scenarios.map((choice, at) => ({
			value: String(at),
			label: `${at + 1}. ${choice.title}`,
		})),
		paragraphs: scenario.story.split('\n\n'),
		canCheck: Object.keys(answers).length > 0,
		next: index + 1 < data.scenarios.length ? index + 1 : undefined,
		verdict: practiceVerdict(data, scenario, answers),
	};
}
export type PracticeView = ReturnType<typeof practiceView>;

/** How the trainee's answers compare with the scenario's, in words. */
export function practiceVerdict(
	data: Pick<PracticeData, 'model' | 'levels'>,
	scenario: PracticeScenario,
	answers: Answers,
) {
	const outcome = comparePractice(data.model, scenario, answers);
	const label = (id: string | null) =>
		data.levels.find((level) => level.id === id)?.label ?? 'no level';
	return {
		match: outcome.match,
		headline: outcome.match
			? `Right: ${label(outcome.yours)}`
			: `Your answers give ${label(outcome.yours)}; expected ${label(outcome.expected)}`,
		/** What set the trainee's level; absent when nothing did. */
		why:
			outcome.reasons.length > 0
				? { heading: `Why your answers give ${label(outcome.yours)}`, reasons: outcome.reasons }
				: undefined,
		/** Each reference answer, with the trainee's where it differs. */
		reference: outcome.reference.map((item) => ({
			question: item.question,
			answer: item.answer,
			yours: item.same ? undefined : `(you: ${item.yours ?? 'no answer'})`,
		})),
		debrief: scenario.debrief,
	};
}

// Rules that span entries: things no single entry's schema can see.
import Mustache from 'mustache';
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { TemplateField } from '../../schemas/template.ts';
import { missingOptions } from '../severity/rule-shape.ts';
import { closest } from './closest.ts';
import { COLLECTION_PATHS } from './content-paths.ts';
import type { ContentProblem } from './problem.ts';
import type { ParsedContent, ParsedEntry } from './schemas.ts';

const MIN_LEVELS = 2;
const MAX_LEVELS = 7;

const hint = (wanted: string, candidates: Iterable<string>) => {
	const list = [...candidates];
	const suggestion = closest(wanted, list);
	return suggestion
		? `Did you mean \`${suggestion}\`?`
		: `Use one of: ${list.map((id) => `\`${id}\``).join(', ')}.`;
};

export function checkSeverityScale(content: ParsedContent, problems: ContentProblem[]) {
	const levels = [...content.severities.values()];
	const folder = `src/content/${COLLECTION_PATHS.severities.path}/`;
	if (levels.length < MIN_LEVELS || levels.length > MAX_LEVELS) {
		problems.push({
			file: folder,
			field: '',
			message: `The scale has ${levels.length} level(s); Firebreak supports ${MIN_LEVELS} to ${MAX_LEVELS}.`,
			fix: `Keep one YAML file per level in ${folder}, between ${MIN_LEVELS} and ${MAX_LEVELS} of them.`,
		});
	}
	const ranks = new Map<number, ParsedEntry<'severities'>>();
	const names = new Map<string, ParsedEntry<'severities'>>();
	for (const level of levels) {
		const data = level.parsed;
		const other = ranks.get(data.rank);
		if (other) {
			problems.push({
				file: level.file,
				field: 'rank',
				message: `Rank ${data.rank} is also used by ${other.file}.`,
				fix: 'Give each level its own rank: 1 for the most severe, then 2, 3…',
			});
		}
		ranks.set(data.rank, level);
		for (const [index, name] of [data.label, ...data.aliases].entries()) {
			const key = name.toLowerCase();
			const holder = names.get(key);
			if (holder && holder !== level) {
				problems.push({
					file: level.file,
					field: index === 0 ? 'label' : `aliases[${index - 1}]`,
					message: `\`${name}\` also names the level in ${holder.file}, so it would be ambiguous.`,
					fix: 'Use each label and alias on one level only.',
				});
			}
			names.set(key, level);
		}
	}
	for (let rank = 1; rank <= levels.length; rank++) {
		if (ranks.has(rank) || levels.length > MAX_LEVELS) continue;
		problems.push({
			file: folder,
			field: 'rank',
			message: `No level has rank ${rank}: ranks must run 1, 2, 3… without gaps.`,
			fix: `Renumber the levels' \`rank\` fields from 1 (most severe) to ${levels.length}.`,
		});
	}
}

function checkAnswers(
	answers: Record<string, string | string[]>,
	questions: AssessmentData['questions'],
	where: Pick<ContentProblem, 'file' | 'entry'>,
	fieldPrefix: string,
	problems: ContentProblem[],
) {
	for (const [questionId, wanted] of Object.entries(answers)) {
		const question = questions.find((candidate) => candidate.id === questionId);
		if (!question) {
			problems.push({
				...where,
				field: `${fieldPrefix}.${questionId}`,
				message: `Names question \`${questionId}\`, which the assessment does not ask.`,
				fix: `${hint(
					questionId,
					questions.map((q) => q.id),
				)} Questions are defined in src/content/assessment.yaml.`,
			});
			continue;
		}
		const optionIds = question.options.map((option) => option.id);
		for (const [index, optionId] of [wanted].flat().entries()) {
			if (optionIds.includes(optionId)) continue;
			problems.push({
				...where,
				field: Array.isArray(wanted)
					? `${fieldPrefix}.${questionId}[${index}]`
					: `${fieldPrefix}.${questionId}`,
				message: `Question \`${questionId}\` has no option \`${optionId}\`.`,
				fix: hint(optionId, optionIds),
			});
		}
	}
}

/**
 * Ids must be unique within a list: a rule, option or field that shares its id with another
 * cannot be told apart from it. One problem for each repeat, written against the list's field.
 */
function checkUniqueIds(
	ids: readonly string[],
	at: Pick<ContentProblem, 'file' | 'field'>,
	/** "two questions have" or, inside something, "Question `impact` has two options with". */
	{ plural, singular, owner }: { plural: string; singular: string; owner?: string },
	problems: ContentProblem[],
) {
	for (const id of ids.filter((candidate, index) => ids.indexOf(candidate) !== index)) {
		problems.push({
			...at,
			message: owner
				? `${owner} has two ${plural} with the id \`${id}\`.`
				: `Two ${plural} have the id \`${id}\`.`,
			fix: `Give each ${singular} its own id.`,
		});
	}
}

export function checkAssessment(content: ParsedContent, problems: ContentProblem[]) {
	const [entry] = content.assessment.values();
	if (!entry) return;
	const data = entry.parsed;
	const where = { file: entry.file };
	const questionIds = data.questions.map((q) => q.id);
	checkUniqueIds(
		questionIds,
		{ ...where, field: 'questions' },
		{ plural: 'questions', singular: 'question' },
		problems,
	);
	data.questions.forEach((question, index) => {
		checkUniqueIds(
			question.options.map((o) => o.id),
			{ ...where, field: `questions[${index}].options` },
			{ plural: 'options', singular: 'option', owner: `Question \`${question.id}\`` },
			problems,
		);
	});
	const conditionSets = [
		...data.rules.map((rule, index) => ({
			field: `rules[${index}]`,
			what: `Rule \`${rule.id}\``,
			conditions: [{ key: 'when', when: rule.when, direction: 'worse' as const }],
		})),
		...data.ceilings.map((ceiling, index) => ({
			field: `ceilings[${index}]`,
			what: `Ceiling \`${ceiling.id}\``,
			conditions: [
				{ key: 'when', when: ceiling.when, direction: 'better' as const },
				{ key: 'unless', when: ceiling.unless, direction: 'worse' as const },
			],
		})),
		...data.bringIn.map((trigger, index) => ({
			field: `bringIn[${index}]`,
			what: `Trigger \`${trigger.id}\``,
			conditions: [{ key: 'when', when: trigger.when, direction: 'worse' as const }],
		})),
	];
	for (const [list, field, plural, singular] of [
		[data.rules, 'rules', 'rules', 'rule'],
		[data.ceilings, 'ceilings', 'ceilings', 'ceiling'],
		[data.bringIn, 'bringIn', 'triggers', 'trigger'],
	] as const) {
		checkUniqueIds(
			list.map((item) => item.id),
			{ ...where, field },
			{ plural, singular },
			problems,
		);
	}
	for (const { field, what, conditions } of conditionSets) {
		for (const { key, when, direction } of conditions) {
			checkAnswers(when, data.questions, where, `${field}.${key}`, problems);
			for (const gap of missingOptions(when, data.questions, direction)) {
				const missing = gap.missing.map((id) => `\`${id}\``).join(', ');
				const lowers =
					key === 'unless'
						? 'so a worse answer could leave the ceiling in place'
						: direction === 'better'
							? 'so a less severe answer could lift the ceiling and raise the level'
							: 'so picking a worse answer could lower the level';
				problems.push({
					...where,
					field: `${field}.${key}.${gap.questionId}`,
					message: `${what} matches \`${gap.listed}\` but not the ${direction === 'worse' ? 'worse' : 'less severe'} ${missing}, ${lowers}.`,
					fix: `Add ${missing} to the list (options run from the most severe to the least).`,
				});
			}
		}
	}
	data.matrix.forEach((questionId, index) => {
		if (questionIds.includes(questionId)) return;
		problems.push({
			...where,
			field: `matrix[${index}]`,
			message: `Names question \`${questionId}\`, which the assessment does not ask.`,
			fix: hint(questionId, questionIds),
		});
	});
	for (const scenario of content.scenarios.values()) {
		checkAnswers(
			scenario.parsed.answers,
			data.questions,
			{ file: scenario.file },
			'answers',
			problems,
		);
	}
	for (const page of content.docs.values()) {
		if (page.parsed.kind !== 'runbook') continue;
		checkAnswers(page.parsed.fits, data.questions, { file: page.file }, 'fits', problems);
	}
	for (const level of content.severities.values()) {
		level.parsed.examples.forEach((example, index) => {
			checkAnswers(
				example.answers,
				data.questions,
				{ file: level.file },
				`examples[${index}].answers`,
				problems,
			);
		});
	}
}

/** Names a Mustache template reads: `{{a}}`, `{{#a}}`, `{{^a}}`, `{{&a}}`, `{{a.b}}` → `a`. */
function templateNames(tokens: unknown[]): string[] {
	const names: string[] = [];
	for (const token of tokens as [string, string, number, number, unknown[]?][]) {
		const [type, value, , , children] = token;
		if (['name', '&', '#', '^'].includes(type)) names.push(value.split('.')[0]!);
		if (children) names.push(...templateNames(children));
	}
	return names;
}

/** Parses one Mustache text of a template, reporting a syntax error against `field`. */
function templateTokens(
	entry: ParsedEntry<'templates'>,
	field: 'body' | 'subject',
	text: string,
	problems: ContentProblem[],
): unknown[] | null {
	try {
		return Mustache.parse(text);
	} catch (error) {
		problems.push({
			file: entry.file,
			field,
			message: `The template does not parse: ${(error as Error).message}.`,
			fix: 'Close every `{{#section}}` with `{{/section}}` and every `{{` with `}}`.',
		});
		return null;
	}
}

/** Which field types each binding can fill. */
const BINDING_TYPES: Record<string, readonly TemplateField['type'][]> = {
	severity: ['level', 'text'],
	startedAt: ['datetime'],
	resolvedAt: ['datetime'],
	nextUpdateAt: ['datetime'],
	timeline: ['table'],
};

export function checkTemplate(
	entry: ParsedEntry<'templates'>,
	content: ParsedContent,
	problems: ContentProblem[],
) {
	const data = entry.parsed;
	const fieldIds = data.fields.map((field) => field.id);
	for (const key of ['body', 'subject'] as const) {
		const text = data[key];
		if (text === undefined) continue;
		const tokens = templateTokens(entry, key, text, problems);
		if (!tokens) continue;
		// Inside list and table sections, `{{.}}` and `{{0}}` read the current item.
		const unknown = new Set(
			templateNames(tokens).filter(
				(name) => name !== '' && !/^\d+$/.test(name) && !fieldIds.includes(name),
			),
		);
		for (const name of unknown) {
			problems.push({
				file: entry.file,
				field: key,
				message: `The ${key} uses \`{{${name}}}\`, but no field has the id \`${name}\`.`,
				fix: `${hint(name, fieldIds)} Or add a field with that id.`,
			});
		}
	}
	checkUniqueIds(
		fieldIds,
		{ file: entry.file, field: 'fields' },
		{ plural: 'fields', singular: 'field' },
		problems,
	);
	const incidentRoles = [...content.roles.entries()]
		.filter(([, role]) => role.parsed.kind === 'incident-role')
		.map(([id]) => id);
	data.fields.forEach((field, index) => {
		const role = field.bind?.startsWith('role:') ? field.bind.slice(5) : undefined;
		if (role !== undefined && !incidentRoles.includes(role)) {
			problems.push({
				file: entry.file,
				field: `fields[${index}].bind`,
				message: `\`${field.bind}\` names \`${role}\`, which is not an incident role.`,
				fix: incidentRoles.length
					? `${hint(role, incidentRoles)} Incident roles: ${incidentRoles.map((id) => `\`role:${id}\``).join(', ')}.`
					: 'Add a role with `kind: incident-role` in src/content/roles/, or remove the binding.',
			});
		}
		const types = field.bind ? BINDING_TYPES[field.bind] : undefined;
		if (types && !types.includes(field.type)) {
			problems.push({
				file: entry.file,
				field: `fields[${index}].type`,
				message: `A field bound to \`${field.bind}\` must be of type ${types.map((type) => `\`${type}\``).join(' or ')}, not \`${field.type}\`.`,
				fix: `Set \`type: ${types[0]}\`${field.bind === 'timeline' ? ' with two `columns` (time, event)' : ''}.`,
			});
		}
	});
}

export function checkAlert(
	entry: ParsedEntry<'alerts'>,
	content: ParsedContent,
	problems: ContentProblem[],
) {
	const data = entry.parsed;
	const where = { file: entry.file, entry: `alert ${entry.id}` };
	const runbook = content.docs.get(data.runbook.id);
	if (runbook && runbook.parsed.kind !== 'runbook') {
		problems.push({
			...where,
			field: 'runbook',
			message: `\`${data.runbook.id}\` is a page, not a runbook.`,
			fix: 'Point the alert at a page with `kind: runbook`.',
		});
	}
	// Without headings the runbook's body did not parse, and that is the problem reported.
	const headings = runbook?.headings;
	if (headings && data.section && !headings.includes(data.section)) {
		problems.push({
			...where,
			field: 'section',
			message: `The runbook has no heading with the anchor \`#${data.section}\`.`,
			fix: hint(data.section, headings),
		});
	}
}

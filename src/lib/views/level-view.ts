// What islands need to know about a severity level and its escalation policy, built from the
// parsed content once at build time. Types derive from the schemas, so a new field in a YAML file
// cannot drift from what the tools show.
import type { EscalationData } from '../../schemas/escalation.ts';
import type { RoleData } from '../../schemas/role.ts';
import type { SeverityData } from '../../schemas/severity.ts';
import { expandLevelNames } from '../severity/level-names.ts';

/** A parsed collection entry: Astro's `CollectionEntry` and the plain loader both fit. */
export interface ParsedEntry<Data> {
	id: string;
	data: Data;
}

/** Role id → entry, for turning references into names. */
export type RoleIndex = ReadonlyMap<string, ParsedEntry<Pick<RoleData, 'name'>>>;

const roleName = (roles: RoleIndex) => (ref: { id: string }) =>
	roles.get(ref.id)?.data.name ?? ref.id;

type Step = EscalationData['steps'][number];

/** One step of a chain with its targets as role names, in order. */
export function toStepView(step: Step, roles: RoleIndex) {
	return {
		afterMinutes: step.afterMinutes,
		targets: step.targets.map(roleName(roles)),
		...(step.note ? { note: step.note } : {}),
	};
}

/**
 * Steps as the tools run them: consecutive steps at the same minute become one step whose targets
 * are engaged at once, in the order listed (seed 003: on-call → team lead → CTO, immediately).
 */
export function toStepViews(steps: readonly Step[], roles: RoleIndex) {
	const views: (ReturnType<typeof toStepView> & { inOrder: boolean })[] = [];
	for (const step of steps) {
		const view = toStepView(step, roles);
		const previous = views.at(-1);
		if (previous && previous.afterMinutes === step.afterMinutes) {
			previous.targets.push(...view.targets);
			previous.inOrder = true;
			if (view.note) previous.note = previous.note ? `${previous.note} ${view.note}` : view.note;
		} else views.push({ ...view, inOrder: false });
	}
	return views;
}
export type StepView = ReturnType<typeof toStepViews>[number];

/** An escalation policy: the paging chain, how it repeats, and who joins while unresolved. */
export function toPolicyView(
	policy: ParsedEntry<EscalationData>,
	roles: RoleIndex,
	named: readonly LevelName[] = [],
) {
	const { name, description, urgency, repeat, repeatAfterMinutes, steps, whileUnresolved } =
		policy.data;
	return {
		id: policy.id,
		name: expandLevelNames(name, named),
		description: description === undefined ? null : expandLevelNames(description, named),
		urgency,
		repeat,
		repeatAfterMinutes: repeatAfterMinutes ?? null,
		steps: toStepViews(steps, roles),
		whileUnresolved: toStepViews(whileUnresolved, roles),
	};
}
export type PolicyView = ReturnType<typeof toPolicyView>;

/** A level with its policy resolved and its references turned into names. */
export function toLevelView(
	severity: ParsedEntry<SeverityData>,
	policies: ReadonlyMap<string, ParsedEntry<EscalationData>>,
	roles: RoleIndex,
	named: readonly LevelName[] = [],
) {
	const { data } = severity;
	const policy = data.escalation && policies.get(data.escalation.id);
	// The content check guarantees the reference; this guards callers that skip it.
	if (policy === undefined)
		throw new Error(
			`Severity ${severity.id} names escalation policy ${data.escalation?.id}, which does not exist.`,
		);
	return {
		id: severity.id,
		label: data.label,
		aliases: data.aliases,
		name: data.name,
		color: data.color,
		rank: data.rank,
		summary: data.summary,
		responseMinutes: data.responseMinutes,
		coverage: data.coverage,
		updateEveryMinutes: data.updateEveryMinutes,
		notify: data.notify.map(roleName(roles)),
		opens: data.opens,
		postmortem: data.postmortem,
		/** `null`: this level pages nobody. */
		policy: policy === null ? null : toPolicyView(policy, roles, named),
	};
}
export type LevelView = ReturnType<typeof toLevelView>;

/** Sorts levels most severe first. */
export const byRank = (a: ParsedEntry<Pick<SeverityData, 'rank'>>, b: typeof a) =>
	a.data.rank - b.data.rank;

/** Every level, most severe first. */
export function toLevelViews(
	severities: readonly ParsedEntry<SeverityData>[],
	policies: ReadonlyMap<string, ParsedEntry<EscalationData>>,
	roles: RoleIndex,
): LevelView[] {
	const named = levelNames(severities);
	return [...severities]
		.sort(byRank)
		.map((severity) => toLevelView(severity, policies, roles, named));
}

/** A level's id and label: what `{level:<id>}` placeholders in text need. */
export type LevelName = { id: string; label: string };
export const levelNames = (
	severities: readonly ParsedEntry<Pick<SeverityData, 'label'>>[],
): LevelName[] => severities.map(({ id, data }) => ({ id, label: data.label }));

/** `SEV1 (P0, Critical)`: the label with the other names people use. */
export const labelWithAliases = (level: Pick<LevelView, 'label' | 'aliases'>) =>
	level.aliases.length ? `${level.label} (${level.aliases.join(', ')})` : level.label;

// What each field of a template holds: what the user typed, else what the incident says, else
// what can be computed from the rest of the form, else the template's default.
import { incidentChannelName } from '../incident/channel-name.ts';
import { formatMinutes } from '../time/format-minutes.ts';
import type { ClockData } from '../views/clock-data.ts';
import type { TemplateFieldView, TemplateView } from '../views/template-view.ts';

/** A field's value: text for most types, items for lists, rows of cells for tables. */
export type FieldValue = string | string[] | string[][];
export type FieldValues = Record<string, FieldValue>;

/** Facts about an incident, by binding name (`title`, `startedAt`, `role:incident-commander`…). */
export type IncidentFacts = Partial<Record<string, FieldValue>>;

export interface FillContext {
	now: number;
	levels: ClockData['levels'];
	incidentChannel: string;
	facts?: IncidentFacts | undefined;
}

export const isEmpty = (value: FieldValue | undefined): boolean =>
	value === undefined ||
	(typeof value === 'string'
		? value.trim() === ''
		: value.every((item) =>
				typeof item === 'string' ? item.trim() === '' : item.every((cell) => cell.trim() === ''),
			));

const emptyOf = (field: TemplateFieldView): FieldValue =>
	field.type === 'list' ? [] : field.type === 'table' ? [] : '';

const STATES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;

/** Values computed from the rest of the form, for the bindings that can be. */
function computed(
	template: TemplateView,
	bound: (binding: string) => FieldValue | undefined,
	context: FillContext,
) {
	const text = (binding: string) => {
		const value = bound(binding);
		return typeof value === 'string' ? value : '';
	};
	const time = (binding: string) => {
		const parsed = Date.parse(text(binding));
		return Number.isNaN(parsed) ? null : parsed;
	};
	return (binding: string): FieldValue | undefined => {
		if (binding === 'duration') {
			const start = time('startedAt');
			if (start === null) return undefined;
			const end = time('resolvedAt') ?? context.now;
			return formatMinutes(Math.max(0, Math.floor((end - start) / 60_000)));
		}
		if (binding === 'nextUpdateAt') {
			const level = context.levels.find((candidate) => candidate.id === text('severity'));
			const state = template.status ?? STATES.find((name) => name === text('status').toLowerCase());
			if (!level || !state || state === 'resolved') return undefined;
			const minutes = level.updateEveryMinutes[state];
			return minutes === null ? undefined : new Date(context.now + minutes * 60_000).toISOString();
		}
		if (binding === 'channel') {
			return incidentChannelName(
				context.incidentChannel,
				new Date(time('startedAt') ?? context.now),
				text('title'),
			);
		}
		return undefined;
	};
}

/**
 * Every field's effective value. `typed` holds only what the user changed (an empty string they
 * left is kept: clearing a field is a choice).
 */
export function effectiveValues(
	template: TemplateView,
	typed: FieldValues,
	context: FillContext,
): FieldValues {
	const values: FieldValues = {};
	const base = (field: TemplateFieldView): FieldValue | undefined =>
		typed[field.id] ??
		(field.bind ? context.facts?.[field.bind] : undefined) ??
		field.default ??
		undefined;
	for (const field of template.fields) values[field.id] = base(field) ?? emptyOf(field);
	const bound = (binding: string) => {
		const field = template.fields.find((candidate) => candidate.bind === binding);
		return field ? values[field.id] : context.facts?.[binding];
	};
	const compute = computed(template, bound, context);
	for (const field of template.fields) {
		if (!field.bind || base(field) !== undefined) continue;
		const value = compute(field.bind);
		if (value !== undefined) values[field.id] = value;
	}
	return values;
}

/**
 * Whether the message goes out while the incident is still open: such updates must say when the
 * next one comes and must not promise a fix time. Resolution notices and post-mortems are not.
 */
export function isLiveUpdate(template: TemplateView, values: FieldValues): boolean {
	if (template.audience === 'post-mortem' || template.status === 'resolved') return false;
	if (template.fields.some((field) => field.bind === 'resolvedAt')) return false;
	const status = template.fields.find((field) => field.bind === 'status');
	return !(status && String(values[status.id]).toLowerCase() === 'resolved');
}

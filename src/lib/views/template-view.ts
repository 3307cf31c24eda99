// A message template as the filler pages receive it, and the order templates are listed in.
import type { TemplateData } from '../../schemas/template.ts';
import { expandLevelNames } from '../severity/level-names.ts';
import type { LevelName, ParsedEntry } from './level-view.ts';

/** A template with any `{level:<id>}` in its text filled in with the level's label. */
export function toTemplateView(
	{ id, data }: ParsedEntry<TemplateData>,
	named: readonly LevelName[] = [],
) {
	const text = (value: string) => expandLevelNames(value, named);
	return {
		id,
		title: text(data.title),
		audience: data.audience,
		order: data.order,
		description: text(data.description),
		status: data.status ?? null,
		fields: data.fields.map((field) => ({
			...field,
			label: text(field.label),
			...(field.help === undefined ? {} : { help: text(field.help) }),
		})),
		subject: data.subject === undefined ? null : text(data.subject),
		body: text(data.body),
	};
}
export type TemplateView = ReturnType<typeof toTemplateView>;
export type TemplateFieldView = TemplateView['fields'][number];

/** Templates in the order the index lists them: by audience, then `order`, then title. */
export function sortTemplates<T extends Pick<TemplateView, 'audience' | 'order' | 'title'>>(
	templates: readonly T[],
): T[] {
	const audiences = ['status-page', 'internal', 'customer', 'executive', 'post-mortem'];
	return [...templates].sort(
		(a, b) =>
			audiences.indexOf(a.audience) - audiences.indexOf(b.audience) ||
			a.order - b.order ||
			a.title.localeCompare(b.title),
	);
}

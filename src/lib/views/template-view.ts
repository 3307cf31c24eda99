// A message template as the filler pages receive it, and the order templates are listed in.
import type { TemplateData } from '../../schemas/template.ts';
import type { ParsedEntry } from './level-view.ts';

export function toTemplateView({ id, data }: ParsedEntry<TemplateData>) {
	return {
		id,
		title: data.title,
		audience: data.audience,
		order: data.order,
		description: data.description,
		status: data.status ?? null,
		fields: data.fields,
		subject: data.subject ?? null,
		body: data.body,
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

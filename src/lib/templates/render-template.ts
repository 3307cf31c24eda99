// A template filled in, in one output format. Values are escaped for the format before Mustache
// sees them and Mustache's own HTML escaping is off: the result is text, never markup to trust.
import Mustache from 'mustache';
import { formatLocal, formatUtc } from '../time/format-time.ts';
import { labelWithAliases } from '../views/level-view.ts';
import type { ClockData } from '../views/clock-data.ts';
import type { TemplateFieldView, TemplateView } from '../views/template-view.ts';
import { isEmpty, type FieldValue, type FieldValues } from './field-values.ts';
import {
	convertTemplateMarkup,
	escapeCell,
	escapeValue,
	type EscapeOptions,
	type OutputFormat,
} from './formats.ts';

export interface RenderOptions extends EscapeOptions {
	format: OutputFormat;
	levels: Pick<ClockData['levels'][number], 'id' | 'label' | 'aliases'>[];
	/** The reader's zone for the local half of each time; the runtime's own when omitted. */
	timeZone?: string | undefined;
}

export interface RenderedMessage {
	/** For templates with a subject line (emails), as plain text. */
	subject: string | null;
	text: string;
	/** Labels of required fields still empty: they show in the text as marked blanks. */
	missing: string[];
}

/** How an empty required field reads in the message: impossible to miss, impossible to send by accident. */
export const blank = (label: string) => `[[${label}]]`;

/** `2026-11-23 14:05 UTC (2026-11-23 15:05 GMT+1)`. */
export function formatDateTime(iso: string, timeZone?: string): string {
	const time = Date.parse(iso);
	return Number.isNaN(time) ? iso : `${formatUtc(time)} (${formatLocal(time, timeZone)})`;
}

function shown(field: TemplateFieldView, value: FieldValue, options: RenderOptions): unknown {
	const text = (raw: string) => escapeValue(raw, options.format, options);
	if (field.type === 'list') {
		return (value as string[]).filter((item) => item.trim() !== '').map(text);
	}
	if (field.type === 'table') {
		return (value as string[][])
			.filter((row) => row.some((cell) => cell.trim() !== ''))
			.map((row) => row.map((cell) => escapeCell(cell, options.format, options)));
	}
	const raw = value as string;
	if (field.type === 'level' || field.bind === 'severity') {
		const level = options.levels.find((candidate) => candidate.id === raw);
		return text(level ? labelWithAliases(level) : raw);
	}
	if (field.type === 'datetime') return text(formatDateTime(raw, options.timeZone));
	return text(raw);
}

function placeholder(field: TemplateFieldView): unknown {
	if (field.type === 'list') return [blank(field.label)];
	if (field.type === 'table') return [(field.columns ?? [field.label]).map(blank)];
	return blank(field.label);
}

/** Fills `template` with `values` (see effectiveValues) in `options.format`. */
export function renderTemplate(
	template: TemplateView,
	values: FieldValues,
	options: RenderOptions,
): RenderedMessage {
	const missing = template.fields
		.filter((field) => field.required && isEmpty(values[field.id]))
		.map((field) => field.label);
	// Each format escapes the values its own way, so the view is built per format.
	const viewFor = (format: OutputFormat) =>
		Object.fromEntries(
			template.fields.map((field) => {
				const value = values[field.id];
				if (value === undefined || isEmpty(value))
					return [field.id, field.required ? placeholder(field) : ''];
				return [field.id, shown(field, value, { ...options, format })];
			}),
		);
	const config = { escape: (text: string) => text };
	const render = (text: string, format: OutputFormat) =>
		Mustache.render(convertTemplateMarkup(text, format), viewFor(format), {}, config);
	// Sections left empty leave blank lines behind; a message needs at most one between paragraphs.
	const text = render(template.body, options.format)
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return {
		subject: template.subject === null ? null : render(template.subject, 'plain').trim(),
		text: `${text}\n`,
		missing,
	};
}

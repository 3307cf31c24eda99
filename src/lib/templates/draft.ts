// A filler's draft: what the user typed and how they want it, kept per template and incident,
// and carried in a link's fragment. Checked on every read like everything kept in a browser; a
// type guard rather than zod, because the shape is four fields and the filler's first load stays
// within its budget without a validation library (the clock, which needs one, brings zod).
import { fromBase64Url, toBase64Url } from '../share/base64url.ts';
import type { FieldValue } from './field-values.ts';
import { FORMATS, type OutputFormat } from './formats.ts';

export interface Draft {
	version: 1;
	/** Only what the user changed, by field id. */
	typed: Record<string, FieldValue>;
	format: OutputFormat;
	allowMentions: boolean;
}

const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

const isFieldValue = (value: unknown): value is FieldValue =>
	typeof value === 'string' || isStrings(value) || (Array.isArray(value) && value.every(isStrings));

function isDraft(value: unknown): value is Draft {
	if (typeof value !== 'object' || value === null) return false;
	const draft = value as Record<string, unknown>;
	const typed = draft.typed;
	return (
		draft.version === 1 &&
		FORMATS.includes(draft.format as OutputFormat) &&
		typeof draft.allowMentions === 'boolean' &&
		typeof typed === 'object' &&
		typed !== null &&
		!Array.isArray(typed) &&
		Object.values(typed).every(isFieldValue)
	);
}

export const emptyDraft = (): Draft => ({
	version: 1,
	typed: {},
	format: 'markdown',
	allowMentions: false,
});

/** One draft per template and incident, so two incidents' updates never mix. */
export const draftKey = (templateId: string, incidentId: string | null) =>
	`firebreak:draft:${templateId}:${incidentId ?? 'no-incident'}`;

/** A stored draft, or null when there is none or it cannot be read (the form then starts empty). */
export function parseDraft(raw: string | null): Draft | null {
	if (!raw) return null;
	try {
		const parsed: unknown = JSON.parse(raw);
		return isDraft(parsed) ? parsed : null;
	} catch {
		return null;
	}
}

const PREFIX = 'draft=';

export const draftFragment = (draft: Draft) => `${PREFIX}${toBase64Url(JSON.stringify(draft))}`;

/** The draft a link carries (`#draft=…`), or null. */
export function readDraftFragment(hash: string): Draft | null {
	const fragment = hash.replace(/^#/, '');
	if (!fragment.startsWith(PREFIX)) return null;
	try {
		return parseDraft(fromBase64Url(fragment.slice(PREFIX.length)));
	} catch {
		return null;
	}
}

// Level names live only in the severity files. Other YAML text refers to a level by id with a
// placeholder, `{level:sev2}`, and MDX pages with `<Level id="sev2" />`; both render the level's
// label, so renaming a scale touches the severity files and the references, nothing else.

const PLACEHOLDER = /\{level:([^}\s]*)\}/g;

interface Named {
	id: string;
	label: string;
}

/** `text` with each `{level:<id>}` replaced by that level's label (unknown ids are left as typed). */
export function expandLevelNames(text: string, levels: readonly Named[]): string {
	return text.replace(
		PLACEHOLDER,
		(match, id: string) => levels.find((level) => level.id === id)?.label ?? match,
	);
}

/** The level ids a text refers to with `{level:<id>}`. */
export const levelPlaceholders = (text: string): string[] =>
	[...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);

/** The level ids an MDX body refers to with `<Level id="<id>" />`. */
export const levelComponents = (body: string): string[] =>
	[...body.matchAll(/<Level\b[^>]*\bid=["']([^"']*)["']/g)].map((match) => match[1]!);

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import type { RawEntry } from '../../../src/lib/content/raw-entry.ts';
import { PROJECT_ROOT } from '../../support/astro-build.ts';
import { HANDBOOK_FIXTURE, loadContent } from '../../support/content.ts';

interface Item {
	id: string;
	options?: Item[];
}
type Lists = Record<string, Item[]>;

// Read at import, outside any test's time limit: the handbook has many pages to parse.
const loaded = new Map<string, RawEntry[]>([[HANDBOOK_FIXTURE, loadContent().entries]]);
const entriesOf = (dir: string) => {
	if (!loaded.has(dir)) loaded.set(dir, loadContent(dir).entries);
	return loaded.get(dir)!;
};

/** A fixture's entries, the first of `collection` changed by `edit`. */
function withEdit(dir: string, collection: string, edit: (data: Lists) => void): RawEntry[] {
	const entries = entriesOf(dir);
	const index = entries.findIndex((entry) => entry.collection === collection);
	const data = structuredClone(entries[index]!.data) as Lists;
	edit(data);
	return entries.with(index, { ...entries[index]!, data });
}

/** A copy of a list's first item goes at its end; returns the id the two now share. */
const repeatFirst = (list: Item[]) => {
	list.push(structuredClone(list[0]!));
	return list[0]!.id;
};

const fixture = (name: string) => join(PROJECT_ROOT, 'test/fixtures', name);

describe('an id used twice in one list is a problem naming the list and the id', () => {
	test.each([
		['questions', 'questions', 'question', HANDBOOK_FIXTURE],
		['rules', 'rules', 'rule', HANDBOOK_FIXTURE],
		['ceilings', 'ceilings', 'ceiling', fixture('scheme-seed-003')],
		['bringIn', 'triggers', 'trigger', fixture('scheme-seed-000')],
	])('assessment %s', (field, plural, singular, dir) => {
		let id = '';
		const problems = checkContent(
			withEdit(dir, 'assessment', (data) => (id = repeatFirst(data[field]!))),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				field,
				message: `Two ${plural} have the id \`${id}\`.`,
				fix: `Give each ${singular} its own id.`,
			}),
		);
	});

	test('the options of one question', () => {
		let id = '';
		let question = '';
		const problems = checkContent(
			withEdit(HANDBOOK_FIXTURE, 'assessment', (data) => {
				question = data.questions![0]!.id;
				id = repeatFirst(data.questions![0]!.options!);
			}),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				field: 'questions[0].options',
				message: `Question \`${question}\` has two options with the id \`${id}\`.`,
				fix: 'Give each option its own id.',
			}),
		);
	});

	test('the fields of a template', () => {
		let id = '';
		const problems = checkContent(
			withEdit(HANDBOOK_FIXTURE, 'templates', (data) => (id = repeatFirst(data.fields!))),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				field: 'fields',
				message: `Two fields have the id \`${id}\`.`,
				fix: 'Give each field its own id.',
			}),
		);
	});
});

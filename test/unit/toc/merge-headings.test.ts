import { describe, expect, test } from 'vitest';
import { mergeHeadings, tocItems, type TocHeading } from '../../../src/lib/toc/merge-headings.ts';

const h = (depth: number, slug: string): TocHeading => ({ depth, slug, text: slug.toUpperCase() });

describe('mergeHeadings', () => {
	const markdown = [h(2, 'where'), h(2, 'how-often'), h(2, 'a-good-update')];

	test('a component’s headings go where the component is among the Markdown headings', () => {
		const merged = mergeHeadings(markdown, [{ after: 2, headings: [h(2, 'sev1'), h(2, 'sev2')] }]);
		expect(merged.map((heading) => heading.slug)).toEqual([
			'where',
			'how-often',
			'sev1',
			'sev2',
			'a-good-update',
		]);
	});

	test('before the first heading, after the last, and two components at one place in page order', () => {
		const merged = mergeHeadings(markdown, [
			{ after: 3, headings: [h(2, 'end')] },
			{ after: 0, headings: [h(2, 'first')] },
			{ after: 0, headings: [h(2, 'second')] },
		]);
		expect(merged.map((heading) => heading.slug)).toEqual([
			'first',
			'second',
			'where',
			'how-often',
			'a-good-update',
			'end',
		]);
	});

	test('a page of only a component lists only its headings', () => {
		expect(mergeHeadings([], [{ after: 0, headings: [h(2, 'duties')] }])).toEqual([h(2, 'duties')]);
	});
});

describe('tocItems', () => {
	const overview = { depth: 2, slug: '_top', text: 'Overview', children: [] };
	const range = { minHeadingLevel: 2, maxHeadingLevel: 3 };

	test('nests each heading under the last shallower one, after the overview, as Starlight does', () => {
		const items = tocItems(
			overview,
			[h(2, 'by-service'), h(3, 'api'), h(3, 'web'), h(2, 'more')],
			range,
		);
		expect(items.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
			['_top', []],
			['by-service', ['api', 'web']],
			['more', []],
		]);
	});

	test('leaves out headings outside the depth range', () => {
		const items = tocItems(overview, [h(1, 'title'), h(2, 'a'), h(4, 'deep')], range);
		expect(items.map((item) => item.slug)).toEqual(['_top', 'a']);
		expect(items[1]!.children).toEqual([]);
	});

	test('does not change the overview it was given', () => {
		tocItems(overview, [h(3, 'nested')], range);
		expect(overview.children).toEqual([]);
	});
});

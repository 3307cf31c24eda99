import { describe, expect, test } from 'vitest';
import {
	inBatches,
	offlineStatus,
	offlineStatusText,
	planSaving,
	type OfflineList,
} from '../../../src/lib/offline/offline-list.ts';

const list: OfflineList = {
	precachedPages: ['', 'runbooks/', 'tools/severity/'],
	pages: [
		['runbooks/a/', 'rev-a2'],
		['runbooks/b/', 'rev-b1'],
		['process/c/', 'rev-c1'],
	],
	redirects: [['alerts/A/', 'rev-alert']],
	files: ['pagefind/fragment/en_1.pf_fragment', 'pagefind/fragment/en_2.pf_fragment'],
};

const nothingSaved = { pages: new Map<string, string | null>(), files: new Set<string>() };

describe('saving pages in the background', () => {
	test('a first visit fetches every file, then every page, then the redirects; the precached pages are not fetched again', () => {
		const plan = planSaving(list, nothingSaved);
		expect(plan.fetch.map((task) => task.url)).toEqual([
			'pagefind/fragment/en_1.pf_fragment',
			'pagefind/fragment/en_2.pf_fragment',
			'runbooks/a/',
			'runbooks/b/',
			'process/c/',
			'alerts/A/',
		]);
		expect(plan.fetch.find((task) => task.url === 'runbooks/a/')).toEqual({
			url: 'runbooks/a/',
			cache: 'pages',
			revision: 'rev-a2',
		});
		expect(plan.drop).toEqual({ pages: [], files: [] });
	});

	test('a new build fetches only what changed, drops what is gone, and refetches pages saved at an unknown revision', () => {
		const plan = planSaving(list, {
			pages: new Map([
				['runbooks/a/', 'rev-a1'], // changed since
				['runbooks/b/', 'rev-b1'], // unchanged
				['process/c/', null], // read online before the worker knew its revision
				['runbooks/removed/', 'rev-x'],
				['alerts/A/', 'rev-alert'],
			]),
			files: new Set([
				'pagefind/fragment/en_1.pf_fragment',
				'pagefind/fragment/en_old.pf_fragment',
			]),
		});
		expect(plan.fetch.map((task) => task.url)).toEqual([
			'pagefind/fragment/en_2.pf_fragment',
			'runbooks/a/',
			'process/c/',
		]);
		expect(plan.drop).toEqual({
			pages: ['runbooks/removed/'],
			files: ['pagefind/fragment/en_old.pf_fragment'],
		});
	});

	test('the status counts precached and saved pages, not redirects; an older copy still reads offline', () => {
		expect(offlineStatus(list, nothingSaved)).toEqual({ available: 3, total: 6, outdated: 0 });
		const saved = {
			pages: new Map<string, string | null>([
				['runbooks/a/', 'rev-a1'],
				['runbooks/b/', 'rev-b1'],
				['alerts/A/', 'rev-alert'],
			]),
			files: new Set<string>(),
		};
		expect(offlineStatus(list, saved)).toEqual({ available: 5, total: 6, outdated: 1 });
	});

	test.each([
		[{ available: 3, total: 6, outdated: 0 }, 'Available offline: 3 of 6 pages.'],
		[{ available: 2999, total: 3104, outdated: 0 }, 'Available offline: 2,999 of 3,104 pages.'],
		[{ available: 3104, total: 3104, outdated: 2 }, 'All 3,104 pages are available offline.'],
		[{ available: 1, total: 1, outdated: 0 }, 'All 1 page is available offline.'],
	])('%o reads "%s"', (status, text) => {
		expect(offlineStatusText(status)).toBe(text);
	});

	test('batches keep the order and the last one takes the rest', () => {
		expect(inBatches([1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
		expect(inBatches([], 4)).toEqual([]);
		expect(() => inBatches([1], 0)).toThrow('Batch size must be 1 or more, not 0.');
	});
});

import { describe, expect, inject, test } from 'vitest';
import { readBuiltSite } from '../../src/readers/built-site.ts';
import { pagePath } from '../../src/lib/content/dead-links.ts';
import { browserSession } from '../support/browser-session.ts';

describe.each(inject('handbooks'))('$name', ({ baseUrl, distDir }) => {
	// The role pages: a page with one checklist, which remembers its ticks.
	const site = readBuiltSite(distDir);
	const pages = [...site.files]
		.filter(
			(file) => file.endsWith('.html') && site.read(file).split('data-checklist=').length === 2,
		)
		.map(pagePath);
	const session = browserSession(baseUrl);
	const boxes = () => session.page.locator('form[data-checklist] input[type="checkbox"]');

	test.runIf(pages.length > 0)(
		'a role’s checklist keeps its ticks across a reload, apart from other roles’, until “Untick all”',
		async () => {
			const [first, second] = pages;
			const { page } = session;
			await page.goto(`${baseUrl}${first}`);
			const count = await boxes().count();
			expect(count).toBeGreaterThan(1);
			await boxes().first().check();
			await boxes().last().check();
			await page.reload();
			expect(await boxes().first().isChecked()).toBe(true);
			expect(await boxes().last().isChecked()).toBe(true);
			if (count > 2) expect(await boxes().nth(1).isChecked()).toBe(false);
			if (second) {
				await page.goto(`${baseUrl}${second}`);
				expect(await boxes().first().isChecked()).toBe(false);
				await page.goto(`${baseUrl}${first}`);
			}
			await page.getByRole('button', { name: 'Untick all' }).click();
			expect(await boxes().first().isChecked()).toBe(false);
			await page.reload();
			for (let index = 0; index < count; index++)
				expect(await boxes().nth(index).isChecked()).toBe(false);
		},
	);

	test.runIf(pages.length > 0)(
		'corrupt or full storage leaves the checklist working, with no error',
		async () => {
			const { page } = session;
			await page.goto(`${baseUrl}${pages[0]}`);
			const before = await page.evaluate(() => Object.keys(localStorage));
			await boxes().first().check();
			const written = await page.evaluate(
				(before) => Object.keys(localStorage).filter((key) => !before.includes(key)),
				before,
			);
			expect(written.length).toBeGreaterThan(0);
			// What the checklist stored, now unreadable.
			await page.evaluate((keys) => {
				for (const key of keys) localStorage.setItem(key, '{"ticked": [');
			}, written);
			await page.reload();
			expect(await boxes().first().isChecked()).toBe(false);
			await boxes().first().check();
			await page.reload();
			expect(await boxes().first().isChecked()).toBe(true);
			// Storage that refuses to keep the checklist (full): ticking still works, nothing breaks.
			await page.addInitScript((keys) => {
				// eslint-disable-next-line @typescript-eslint/unbound-method -- called with `.call(this, …)`
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key, value) {
					if (keys.includes(key))
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					setItem.call(this, key, value);
				};
			}, written);
			await page.reload();
			await boxes().last().check();
			expect(await boxes().first().isChecked()).toBe(true);
		},
	);
});

import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser-session.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl, { clipboard: true });

const calculator = async (query = '') => {
	await session.page.goto(`${baseUrl}/tools/severity/${query}`);
	// The island renders on the server; wait until it has hydrated and read the URL.
	await session.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
};
const pick = (question: string, option: string) =>
	session.page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
const level = () => session.page.locator('.fbc__level strong').textContent();

describe('the severity calculator, in Chromium', () => {
	test('answers give the level, the reasons and what to do; the summary copies; the clock link carries the level; a reload restores the answers', async () => {
		await calculator();
		await expect(session.page.locator('.fbc__result').textContent()).resolves.toContain(
			'Answer the questions',
		);
		await pick('What is affected?', 'A core feature is degraded (slow or failing now and then)');
		await pick('What share of users is affected?', 'More than half');
		await pick('How long has it lasted, or will it last?', '2 to 4 hours');
		expect(await level()).toBe('SEV2');
		const result = await session.page.locator('.fbc__result').innerText();
		expect(result).toContain(
			'A feature degraded or down for over a quarter of users for more than 2 hours is SEV2.',
		);
		expect(result).toMatch(/Respond within\s+30 min/);
		expect(result).toContain('At once: Primary on-call');
		expect(session.page.url()).toContain('impact=core-degraded');

		await session.page.getByRole('button', { name: 'Copy summary' }).click();
		await session.page.waitForFunction(
			() => document.querySelector('.fbc__copy-status')?.textContent === 'Summary copied.',
		);
		const copied = await session.page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^\*\*SEV2 \(P1, High, Major\)\*\*: .*Respond within 30 min\.$/);

		await session.page.reload();
		await session.page.waitForFunction(() => document.querySelector('.fbc__level'));
		expect(await level()).toBe('SEV2');
		expect(
			await session.page
				.getByRole('group', { name: 'What share of users is affected?' })
				.getByLabel('More than half')
				.isChecked(),
		).toBe(true);

		await session.page.getByRole('link', { name: 'Start incident clock at SEV2' }).click();
		await session.page.waitForURL(/incident-clock/);
		const clock = new URL(session.page.url());
		expect(clock.searchParams.get('severity')).toBe('sev2');
		expect(clock.searchParams.get('impact')).toBe('core-degraded');
		await session.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
		await expect.poll(() => session.page.getByLabel('Severity').inputValue()).toBe('sev2');
	});

	test('back and forward walk through the answers', async () => {
		await calculator();
		await pick('What is affected?', 'A cosmetic problem or a bug with a workaround');
		expect(await level()).toBe('SEV4');
		await pick('Is any data lost, corrupted or inconsistent?', 'Yes: data is lost or corrupted');
		expect(await level()).toBe('SEV1');
		await session.page.goBack();
		await session.page.waitForFunction(
			() => document.querySelector('.fbc__level strong')?.textContent === 'SEV4',
		);
		await session.page.goForward();
		await session.page.waitForFunction(
			() => document.querySelector('.fbc__level strong')?.textContent === 'SEV1',
		);
	});

	test('a shared link restores the answers, "not sure" rounds up and says what it assumed, and reset clears everything', async () => {
		await calculator('?impact=core-down&users=unsure&duration=1-2h');
		await session.page.waitForFunction(() => document.querySelector('.fbc__level'));
		expect(await level()).toBe('SEV1');
		// The reasons that set the level come first; lower levels' are folded away as "also true".
		expect(await session.page.locator('.fbc__reasons').first().innerText()).toContain(
			'is not sure, so counted as “All users”',
		);
		expect(await session.page.locator('.fbc__also summary').innerText()).toMatch(/^Also true/);
		await session.page.getByRole('button', { name: 'Reset' }).click();
		await expect(session.page.locator('.fbc__result').textContent()).resolves.toContain(
			'Answer the questions',
		);
		expect(new URL(session.page.url()).search).toBe('');
	});

	test('is keyboard operable and announces the level politely', async () => {
		await calculator();
		await session.page.getByLabel('What is happening, in a few words (optional)').focus();
		await session.page.keyboard.press('Tab'); // into the first group of radios
		await session.page.keyboard.press('Space');
		expect(await level()).toBe('SEV1');
		await session.page.keyboard.press('ArrowDown');
		expect(await level()).toBe('SEV2');
		expect(await session.page.locator('[aria-live="polite"]').first().textContent()).toBe(
			'Severity SEV2, Major',
		);
	});

	test('has no axe violations, empty or with a result', async () => {
		await calculator();
		expect(await axeViolations(session.page)).toEqual([]);
		await calculator('?impact=minor-down&users=under-10&errors=unsure');
		await session.page.waitForFunction(() => document.querySelector('.fbc__level'));
		expect(await axeViolations(session.page)).toEqual([]);
	});

	test.each([
		['a 360 px wide phone', 360, 740],
		['400 % zoom of a 1280 px window', 320, 256],
	])('fits %s without horizontal scrolling', async (_name, width, height) => {
		await session.page.setViewportSize({ width, height });
		await calculator('?impact=core-down&users=all&duration=over-4h');
		await session.page.waitForFunction(() => document.querySelector('.fbc__level'));
		const overflow = await session.page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

describe('the severity calculator on a phone', () => {
	test.each([
		[320, 640],
		[360, 740],
	])(
		'at %i×%i the level stays on screen after every answer and leads to the result',
		async (width, height) => {
			await session.page.setViewportSize({ width, height });
			await calculator();
			const groups = session.page.locator('fieldset.fbc__question');
			const count = await groups.count();
			expect(count).toBeGreaterThan(1);
			for (let index = 0; index < count; index++) {
				// The first option of each question: what a reader in a hurry might tick.
				await groups.nth(index).locator('input[type=radio]').first().check();
				const bar = session.page.locator('.fbc__bar');
				const box = await bar.boundingBox();
				expect(box, `bar after answer ${index + 1}`).not.toBeNull();
				// On screen, and not behind Starlight's header.
				const header = await session.page.locator('header.header').boundingBox();
				expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
				expect(box!.y + box!.height).toBeLessThanOrEqual(height);
				const label = await level();
				expect(await bar.innerText()).toContain(label!);
			}
			expect(await session.page.locator('.fbc__bar').innerText()).toContain('all answered');
			await session.page.locator('.fbc__bar').click();
			await expect
				.poll(() =>
					session.page.evaluate(() => {
						const title = document.getElementById('fbc-result-title')!.getBoundingClientRect();
						return title.top >= 0 && title.top < innerHeight;
					}),
				)
				.toBe(true);
			expect(await axeViolations(session.page)).toEqual([]);
		},
	);
});

describe('severity practice, in Chromium', () => {
	test('a trainee answers a story, checks, and sees whether the level matches and why', async () => {
		await session.page.goto(`${baseUrl}/training/severity-practice/`);
		await session.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
		await session.page.getByLabel('Scenario').selectOption({ label: '1. A button out of place' });
		await pick('What is affected?', 'A core feature is down (login, payments, the API)');
		await session.page.getByRole('button', { name: 'Check my answer' }).click();
		const call = session.page.getByRole('region', { name: 'Your call' });
		const result = await call.innerText();
		expect(result).toContain('Your answers give SEV2; expected SEV4');
		expect(result).toContain('(you: A core feature is down (login, payments, the API))');
		await pick('What is affected?', 'A cosmetic problem or a bug with a workaround');
		await session.page.getByRole('button', { name: 'Check my answer' }).click();
		expect(await call.innerText()).toContain('Right: SEV4');
		// The scenario and the answers stay in the URL, so a reload keeps them.
		expect(new URL(session.page.url()).searchParams.get('scenario')).toBe('misaligned-button');
		await session.page.reload();
		await session.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
		await session.page.getByRole('button', { name: 'Check my answer' }).click();
		expect(await call.innerText()).toContain('Right: SEV4');
		expect(await axeViolations(session.page)).toEqual([]);
	});
});

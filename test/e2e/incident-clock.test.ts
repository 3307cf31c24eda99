import { beforeAll, describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser-session.ts';
import { clockDataFor } from '../support/clock-data.ts';
import { HANDBOOK_FIXTURE, loadContent } from '../support/content.ts';
import { formatClock } from '../../src/lib/time/format-time.ts';
import { axeViolations } from '../support/axe.ts';
import { watchPage } from '../support/page-watch.ts';

const baseUrl = inject('baseUrl');
const MIN = 60_000;
const START = new Date('2026-11-23T03:00:00Z');

// Expectations come from the handbook's own data, so they hold for whatever chain it defines.
const data = clockDataFor(HANDBOOK_FIXTURE);
const top = data.levels[0]!;
const [first, second] = top.policy!.steps;
const joins = top.policy!.whileUnresolved[0]!;
const cadence = top.updateEveryMinutes.investigating!;
const example = loadContent().severities[0]!.data.examples.find(
	(item) => Object.keys(item.answers).length,
)!;
const names = (step: { targets: string[] }) => step.targets.join(' + ');

const session = browserSession(baseUrl, { context: { acceptDownloads: true }, clock: START });

beforeAll(() => {
	expect(second, 'the most severe level’s policy needs two steps for this test').toBeDefined();
	expect(cadence, 'the most severe level needs an investigating cadence').toBeTypeOf('number');
});

const hydrated = (target = session.page) =>
	target.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
const bar = (target = session.page) => target.locator('.fbk__bar');
const advance = async (minutes: number) => {
	await session.page.clock.fastForward(minutes * MIN);
	await session.page.clock.runFor(1000); // one tick of the clock's own timer
};

async function declareFromCalculator() {
	const answers = new URLSearchParams(example.answers).toString();
	await session.page.goto(`${baseUrl}/tools/severity/?${answers}`);
	await hydrated();
	await session.page.getByRole('link', { name: `Start incident clock at ${top.label}` }).click();
	await session.page.waitForURL(/\/tools\/incident-clock\//);
	await hydrated();
	await expect.poll(() => session.page.getByLabel('Severity').inputValue()).toBe(top.id);
	await session.page.getByLabel('What is happening').fill('Checkout down');
	await session.page.getByRole('button', { name: 'Start the clock' }).click();
	await session.page.getByRole('heading', { name: 'Checkout down' }).waitFor();
}

describe('the incident clock, in Chromium', () => {
	test('runs the level’s chain from the calculator’s result: pages, acknowledgement, unresolved escalation, update cadence, reload', async () => {
		await declareFromCalculator();
		expect(await bar().innerText()).toContain(`Paging ${names(first!)}`);
		expect(await session.page.title()).toContain(
			`${formatClock(second!.afterMinutes * MIN)} to ${top.label} page: ${names(second!)}`,
		);

		await advance(second!.afterMinutes + 1);
		expect(await bar().innerText()).toContain(`Paging ${names(second!)}`);

		await session.page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
		await expect.poll(() => bar().innerText()).toContain('Acknowledged: paging stopped');

		await advance(cadence - second!.afterMinutes);
		expect(await bar().innerText()).toMatch(/Update overdue by \d+:\d\d/);
		expect(await session.page.title()).toMatch(/^Update overdue by/);

		await session.page.getByRole('button', { name: 'Update posted' }).click();
		await expect
			.poll(() => bar().innerText())
			.toContain(`Next update in ${formatClock(cadence * MIN)}`);

		await advance(joins.afterMinutes - cadence);
		const engaged = session.page.locator('section', {
			has: session.page.getByRole('heading', { name: 'Who is engaged' }),
		});
		expect(await engaged.innerText()).toContain(`${names(joins)}: bring in now`);
		expect(await bar().innerText()).toContain('Acknowledged: paging stopped');

		// The page's clock keeps running through the reload: countdowns may move by a second.
		const steady = (text: string) => text.replace(/\d+:\d\d(:\d\d)?/g, 'm:ss');
		const before = {
			bar: steady(await bar().innerText()),
			timeline: await session.page.locator('.fbk__timeline').innerText(),
		};
		await session.page.reload();
		await hydrated();
		await session.page.getByRole('heading', { name: 'Checkout down' }).waitFor();
		expect({
			bar: steady(await bar().innerText()),
			timeline: await session.page.locator('.fbk__timeline').innerText(),
		}).toEqual(before);
	});

	test('a tab whose timers did not run for an hour shows the right state the moment it is visible', async () => {
		await declareFromCalculator();
		// Timers are not run: the system time jumps, as for a throttled background tab or a sleeping laptop.
		await session.page.clock.setSystemTime(START.getTime() + 61 * MIN);
		await session.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect.poll(() => bar().innerText()).toMatch(/\b1:0\d:\d\d elapsed/);
		const due = top.policy!.whileUnresolved.filter((step) => step.afterMinutes <= 61);
		const engaged = await session.page
			.locator('section', { has: session.page.getByRole('heading', { name: 'Who is engaged' }) })
			.innerText();
		for (const step of due) expect(engaged).toContain(`${names(step)}: bring in now`);
	});

	test('corrupt storage: the page loads, says so and offers the raw text', async () => {
		await session.page.goto(`${baseUrl}/tools/incident-clock/`);
		await hydrated();
		await session.page.evaluate(() =>
			localStorage.setItem('firebreak:incidents', '{"version":1,"incidents":[{"oops'),
		);
		await session.page.reload();
		await hydrated();
		await expect
			.poll(() => session.page.getByRole('alert').innerText())
			.toContain('could not be read (it is not valid JSON)');
		const [download] = await Promise.all([
			session.page.waitForEvent('download'),
			session.page.getByRole('button', { name: 'Save the unreadable data' }).click(),
		]);
		const saved = await download.createReadStream();
		let text = '';
		for await (const chunk of saved) text += String(chunk);
		expect(text).toBe('{"version":1,"incidents":[{"oops');
		expect(
			await session.page.getByRole('heading', { name: 'Declare an incident' }).isVisible(),
		).toBe(true);
	});

	test('two pages writing at once both keep every event', async () => {
		await declareFromCalculator();
		const other = await session.context.newPage();
		const otherWatch = watchPage(other, baseUrl);
		await other.goto(session.page.url());
		await hydrated(other);
		await other.getByRole('heading', { name: 'Checkout down' }).waitFor();
		await session.page.getByLabel('Note for the timeline').fill('Note from tab A');
		await other.getByLabel('Note for the timeline').fill('Note from tab B');
		await Promise.all([
			session.page.getByRole('button', { name: 'Add note' }).click(),
			other.getByRole('button', { name: 'Add note' }).click(),
		]);
		for (const target of [session.page, other]) {
			await expect
				.poll(() => target.locator('.fbk__timeline').innerText())
				.toMatch(/Note from tab A[\s\S]*Note from tab B|Note from tab B[\s\S]*Note from tab A/);
		}
		const stored = await session.page.evaluate(
			() => localStorage.getItem('firebreak:incidents') ?? '',
		);
		expect(stored).toContain('Note from tab A');
		expect(stored).toContain('Note from tab B');
		expect(otherWatch.consoleErrors).toEqual([]);
	});

	test('has no axe violations empty, running, overdue and resolved; the status bar stays on a 360 px screen without sideways scrolling', async () => {
		await session.page.setViewportSize({ width: 360, height: 740 });
		await session.page.goto(`${baseUrl}/tools/incident-clock/`);
		await hydrated();
		await session.page.getByRole('heading', { name: 'Declare an incident' }).waitFor();
		expect(await axeViolations(session.page)).toEqual([]);
		await session.page.getByLabel('What is happening').fill('Search is slow');
		await session.page.getByLabel('Severity').selectOption(top.id);
		await session.page.getByRole('button', { name: 'Start the clock' }).click();
		await session.page.getByRole('heading', { name: 'Search is slow' }).waitFor();
		expect(await axeViolations(session.page)).toEqual([]);
		await advance(cadence + 1);
		expect(await bar().innerText()).toContain('Update overdue');
		expect(await axeViolations(session.page)).toEqual([]);

		// Wherever the reader is working in the clock, the bar stays on screen.
		for (const control of ['Add note', 'Copy share link', 'Declare another incident']) {
			await session.page.getByRole('button', { name: control }).scrollIntoViewIfNeeded();
			const box = await bar().boundingBox();
			expect(box!.y, control).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height, control).toBeLessThanOrEqual(740);
		}
		expect(
			await session.page.evaluate(() => document.documentElement.scrollWidth),
		).toBeLessThanOrEqual(360);

		await session.page.getByRole('button', { name: 'Resolved', exact: true }).click();
		await expect.poll(() => bar().innerText()).toContain('Resolved: nobody is being paged');
		expect(await axeViolations(session.page)).toEqual([]);
	});
});

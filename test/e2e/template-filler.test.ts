import { describe, expect, inject, test } from 'vitest';
import { effectiveValues } from '../../src/lib/templates/field-values.ts';
import { renderTemplate } from '../../src/lib/templates/render-template.ts';
import { browserSession } from '../support/browser-session.ts';
import { clockDataFor, fillerDataFor, templatesFor } from '../support/clock-data.ts';
import { HANDBOOK_FIXTURE } from '../support/content.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const content = HANDBOOK_FIXTURE;
// Expectations come from the handbook's own templates, rendered by the same pure functions.
const templates = [...templatesFor(content).values()];
const investigating = templates.find(
	(t) => t.audience === 'status-page' && t.status === 'investigating',
)!;
const postmortem = templates.find((t) => t.audience === 'post-mortem')!;
const { clock } = fillerDataFor(content, investigating.id);
const levels = clockDataFor(content).levels;

const session = browserSession(baseUrl, {
	context: { acceptDownloads: true, timezoneId: 'UTC' },
	clipboard: true,
});

const hydrated = () =>
	session.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
const preview = async () => (await session.page.getByLabel('Message preview').textContent()) ?? '';
const open = async (id: string, query = '') => {
	await session.page.goto(`${baseUrl}/tools/templates/${id}/${query}`);
	await hydrated();
};

/** Types `text` into every text-like field of the template and picks the first option of the rest. */
async function fillEverything(template: typeof investigating, text: (label: string) => string) {
	const typed: Record<string, string | string[] | string[][]> = {};
	for (const field of template.fields) {
		const input = session.page.locator(`#fbt-${field.id}`);
		if (field.type === 'text' || field.type === 'longtext') {
			const value = text(field.label);
			await input.fill(value);
			typed[field.id] = value;
		} else if (field.type === 'list') {
			const value = text(field.label);
			await input.fill(`${value}\nsecond`);
			typed[field.id] = [value, 'second'];
		} else if (field.type === 'datetime') {
			await input.fill('2026-11-23T03:30');
			typed[field.id] = '2026-11-23T03:30:00.000Z';
		} else if (field.type === 'level') {
			await input.selectOption(levels[0]!.id);
			typed[field.id] = levels[0]!.id;
		} else if (field.type === 'select') {
			await input.selectOption(field.options![0]!);
			typed[field.id] = field.options![0]!;
		}
	}
	return typed;
}

const expected = (
	template: typeof investigating,
	typed: Record<string, string | string[] | string[][]>,
	format: 'markdown' | 'slack' | 'plain',
) =>
	renderTemplate(
		template,
		effectiveValues(template, typed, {
			now: Date.now(),
			levels: clock.levels,
			incidentChannel: clock.incidentChannel,
		}),
		{
			format,
			levels: clock.levels,
			allowMentions: false,
			timeZone: 'UTC',
		},
	).text;

describe('the template fillers, in Chromium', () => {
	test('the index lists every template by audience, and each link opens its filler', async () => {
		await session.page.goto(`${baseUrl}/tools/templates/`);
		for (const template of templates) {
			expect(
				await session.page
					.getByRole('link', { name: template.title, exact: true })
					.getAttribute('href'),
			).toBe(`/tools/templates/${template.id}/`);
		}
	});

	test('fill the Investigating update: the clipboard, the Slack form and the download are exactly what the preview promised; a reload keeps the draft', async () => {
		await open(investigating.id);
		const typed = await fillEverything(investigating, (label) => `${label} value`);
		const markdown = expected(investigating, typed, 'markdown');
		expect(await preview()).toBe(markdown);

		await session.page.getByRole('button', { name: 'Copy', exact: true }).click();
		await expect
			.poll(() => session.page.getByRole('status').first().innerText())
			.toContain('Message copied');
		expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

		await session.page.getByLabel('Slack').check();
		expect(await preview()).toBe(expected(investigating, typed, 'slack'));

		const [download] = await Promise.all([
			session.page.waitForEvent('download'),
			session.page.getByRole('button', { name: 'Download .md' }).click(),
		]);
		expect(download.suggestedFilename()).toBe(`${investigating.id}.md`);
		let saved = '';
		for await (const chunk of await download.createReadStream()) saved += String(chunk);
		expect(saved).toBe(markdown);

		await session.page.reload();
		await hydrated();
		await expect.poll(async () => await preview()).toBe(expected(investigating, typed, 'slack'));
		expect(await session.page.getByLabel('Slack').isChecked()).toBe(true);
	});

	test('XSS payloads typed into every field never run and show as text', async () => {
		const payloads = [
			'<img src=x onerror=alert(1)>',
			'<script>alert(2)</script>',
			'[click](javascript:alert(3))',
			'<!channel> @here',
		];
		await open(investigating.id);
		let index = 0;
		await fillEverything(investigating, () => payloads[index++ % payloads.length]!);
		for (const format of ['Markdown', 'Slack', 'Plain text']) {
			await session.page.getByLabel(format, { exact: true }).check();
			expect(await session.page.locator('.fbt__preview *').count()).toBe(0);
		}
		await session.page.getByLabel('Markdown', { exact: true }).check();
		const text = await preview();
		for (const payload of payloads.slice(
			0,
			investigating.fields.filter((f) => f.type === 'text' || f.type === 'longtext').length,
		)) {
			expect(text).toContain(payload);
		}
		await session.page.getByLabel('Slack', { exact: true }).check();
		expect(await preview()).not.toMatch(/<!channel>|(^|[^\u2060])@here/);
	});

	test('from the incident clock: the post-mortem gets the timeline rows, the durations and the level', async () => {
		await session.page.goto(`${baseUrl}/tools/incident-clock/`);
		await hydrated();
		await session.page.getByLabel('What is happening').fill('Payments failing');
		await session.page.getByLabel('Severity').selectOption(levels[0]!.id);
		await session.page.getByRole('button', { name: 'Start the clock' }).click();
		await session.page.getByRole('heading', { name: 'Payments failing' }).waitFor();
		await session.page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
		await session.page.getByLabel('Note for the timeline').fill('Rolled back the deploy');
		await session.page.getByRole('button', { name: 'Add note' }).click();
		await session.page.getByRole('button', { name: 'Resolved', exact: true }).click();
		await session.page.getByText('Resolved: nobody is being paged').waitFor();
		await session.page.getByRole('link', { name: 'Write the post-mortem' }).click();
		await session.page.waitForURL(new RegExp(`/tools/templates/${postmortem.id}/\\?incident=`));
		await hydrated();
		await expect.poll(preview).toContain('Payments failing');
		const text = await preview();
		expect(text).toMatch(/\| \d{4}-\d\d-\d\d \d\d:\d\d UTC \| Rolled back the deploy \|/);
		expect(text).toMatch(/\| \d{4}-\d\d-\d\d \d\d:\d\d UTC \| Acknowledged \|/);
		expect(text).toContain(levels[0]!.label);
		expect(text).toMatch(/0 min/); // time to acknowledge and the duration, measured by the clock
	});

	test('no axe violations empty, filled, warned and copied; fits a 360 px screen', async () => {
		await session.page.setViewportSize({ width: 360, height: 740 });
		await open(investigating.id);
		expect(await axeViolations(session.page)).toEqual([]);
		await fillEverything(
			investigating,
			(label) => `${label}: the service is down for some users, ETA 20 minutes`,
		);
		await expect
			.poll(() => session.page.getByRole('heading', { name: 'Before you send' }).isVisible())
			.toBe(true);
		expect(await axeViolations(session.page)).toEqual([]);
		await session.page.getByRole('button', { name: 'Copy', exact: true }).click();
		await expect
			.poll(() => session.page.getByRole('status').first().innerText())
			.toContain('copied');
		expect(await axeViolations(session.page)).toEqual([]);
		expect(
			await session.page.evaluate(() => document.documentElement.scrollWidth),
		).toBeLessThanOrEqual(360);
	});
});

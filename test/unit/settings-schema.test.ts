import { expect, test } from 'vitest';
import { settingsSchema, SHORT_TITLE_MAX } from '../../src/schemas/settings.ts';

const settings = {
	organisation: 'Example Corp',
	title: 'Example Corp incident handbook',
	siteUrl: 'https://handbook.example.com',
	statusPageUrl: 'https://status.example.com',
	incidentChannel: '#incident-{date}-{slug}',
	generalChannel: '#incidents',
	reviewEveryDays: 90,
};

test('the short title is optional: without it the full title is used everywhere', () => {
	expect(settingsSchema().parse(settings).shortTitle).toBeUndefined();
	expect(settingsSchema().parse({ ...settings, shortTitle: 'Incident handbook' }).shortTitle).toBe(
		'Incident handbook',
	);
});

test('a short title too long for a 320 px header says how long it may be', () => {
	const result = settingsSchema().safeParse({
		...settings,
		shortTitle: 'x'.repeat(SHORT_TITLE_MAX + 1),
	});
	expect(result.success).toBe(false);
	expect(result.error?.issues[0]).toMatchObject({
		path: ['shortTitle'],
		message: expect.stringContaining(`Keep it to ${SHORT_TITLE_MAX} characters`),
	});
});

import { describe, expect, test } from 'vitest';
import { incidentChannelName, slugify } from '../../../src/lib/incident/channel-name.ts';

const now = new Date('2026-11-22T03:14:00Z');

describe('incident channel names', () => {
	test('fill the date (UTC) and a slug of the title into the pattern', () => {
		expect(
			incidentChannelName('#incident-{date}-{slug}', now, 'Checkout: 500s after deploy!'),
		).toBe('#incident-2026-11-22-checkout-500s-after-deploy');
	});
	test('keep a visible placeholder when there is no title yet', () => {
		expect(incidentChannelName('#inc-{slug}', now)).toBe('#inc-short-name');
	});
	test('slugs drop accents and punctuation and stay short', () => {
		expect(slugify('  Crème brûlée — déjà vu  ')).toBe('creme-brulee-deja-vu');
		expect(slugify('x'.repeat(80))).toHaveLength(40);
	});
});

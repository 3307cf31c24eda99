import { describe, expect, test } from 'vitest';
import { appIcon, shortName, webManifest } from '../../../src/lib/offline/web-manifest.ts';

const settings = { title: 'Example Corp incident handbook', organisation: 'Example Corp' };

describe('the web app manifest', () => {
	test('names the app from the settings and keeps every URL under the base', () => {
		const manifest = webManifest(settings, '/handbook');
		expect(manifest).toMatchObject({
			id: '/handbook/',
			name: 'Example Corp incident handbook',
			short_name: 'Example Corp',
			start_url: '/handbook/',
			scope: '/handbook/',
			display: 'standalone',
		});
		expect((manifest.icons as { src: string; purpose: string }[]).map((icon) => icon.src)).toEqual([
			'/handbook/icons/icon.svg',
			'/handbook/icons/maskable.svg',
		]);
		expect(webManifest(settings, '/').start_url).toBe('/');
	});

	test('the home-screen label is the short title when set, else the shortest form that fits', () => {
		expect(shortName({ ...settings, shortTitle: 'Incidents' })).toBe('Incidents');
		expect(shortName({ title: 'On-call', organisation: 'Example Corp' })).toBe('On-call');
		expect(shortName(settings)).toBe('Example Corp');
		expect(
			shortName({ title: 'A very long handbook title', organisation: 'A long organisation' }),
		).toBe('Handbook');
	});

	test('the icons are SVG; the maskable one fills its square', () => {
		const any = appIcon({ maskable: false });
		const maskable = appIcon({ maskable: true });
		for (const svg of [any, maskable])
			expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(any).toContain('rx="6"');
		expect(maskable).not.toContain('rx="6"');
		expect(maskable).toContain('scale(0.7)');
	});
});

// The web app manifest and its icons, from the site settings: installed, the handbook opens like
// an app from the home screen and works from its saved copy.
import type { SettingsData } from '../../schemas/settings.ts';

/** The handbook's red, the same as its favicon's. */
export const THEME_COLOUR = '#b91c1c';

/**
 * The app's icon: a flame on a red square. `maskable` fills the whole square and keeps the flame
 * inside the central 80 % that every platform's mask leaves visible.
 */
export function appIcon({ maskable }: { maskable: boolean }): string {
	const flame =
		'<path d="M16 5c1 4 6 7 6 13a6 6 0 0 1-12 0c0-3 2-5 3-7 0 2 1 3 2 3 0-4-1-6 1-9z" fill="#fff"/>' +
		'<rect x="6" y="25" width="20" height="2" rx="1" fill="#fff"/>';
	const background = maskable
		? `<rect width="32" height="32" fill="${THEME_COLOUR}"/>`
		: `<rect width="32" height="32" rx="6" fill="${THEME_COLOUR}"/>`;
	// The maskable flame is scaled about the centre into the safe zone (a circle of 40 % radius).
	const glyph = maskable
		? `<g transform="translate(16 16) scale(0.7) translate(-16 -16)">${flame}</g>`
		: flame;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${background}${glyph}</svg>\n`;
}

export const ICON_FILES = { any: 'icons/icon.svg', maskable: 'icons/maskable.svg' } as const;

/** The settings the manifest reads; `shortTitle` is the title on narrow screens, when set. */
export type ManifestSettings = Pick<SettingsData, 'title' | 'organisation'> & {
	shortTitle?: string | undefined;
};

/**
 * The home-screen label: the settings' short title when there is one, else the title if it fits
 * (about 12 characters show under an icon), else the organisation's name if that fits.
 */
export function shortName(settings: ManifestSettings): string {
	if (settings.shortTitle) return settings.shortTitle;
	if (settings.title.length <= 12) return settings.title;
	if (settings.organisation.length <= 12) return settings.organisation;
	return 'Handbook';
}

/** The manifest, with every URL under `base` (`/` or a sub-path such as `/handbook/`). */
export function webManifest(settings: ManifestSettings, base: string): Record<string, unknown> {
	const root = base.endsWith('/') ? base : `${base}/`;
	return {
		id: root,
		name: settings.title,
		short_name: shortName(settings),
		description: `How ${settings.organisation} respond to incidents: runbooks, severity levels, escalation and tools. Works offline.`,
		lang: 'en',
		start_url: root,
		scope: root,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: THEME_COLOUR,
		icons: [
			{ src: `${root}${ICON_FILES.any}`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			{
				src: `${root}${ICON_FILES.maskable}`,
				sizes: 'any',
				type: 'image/svg+xml',
				purpose: 'maskable',
			},
		],
	};
}

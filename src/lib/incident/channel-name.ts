import { isoDay } from '../time/format-time.ts';

/** Lower-case words joined by hyphens, for channel names: "API errors!" → "api-errors". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
}

/**
 * The incident channel's name from the organisation's pattern, e.g. `#incident-{date}-{slug}`.
 * The date is the UTC day of `now`; without a title, `{slug}` stays as a visible placeholder and
 * any separator left dangling is kept, so nobody creates `#incident-2026-11-22-` by accident.
 */
export function incidentChannelName(pattern: string, now: Date, title = ''): string {
	const slug = slugify(title);
	return pattern.replaceAll('{date}', isoDay(now)).replaceAll('{slug}', slug || 'short-name');
}

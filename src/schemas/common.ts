import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the shape of every id an author types. */
export const Slug = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'Use lower-case letters, digits and single hyphens, e.g. `primary-oncall`.',
	);

/** A whole number of minutes, zero or more. */
export const Minutes = z.number().int().min(0);

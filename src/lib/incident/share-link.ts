// An incident carried whole in a link's fragment: shared without a server, and never sent to one
// (browsers do not send the fragment). Read back through the same schema as storage.
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '../share/base64url.ts';
import { Incident } from './events.ts';

const PREFIX = 'incident=';

/** The fragment (without `#`) that carries `incident`. */
export const shareFragment = (incident: Incident) =>
	`${PREFIX}${toBase64Url(JSON.stringify(incident))}`;

export type SharedIncident =
	{ ok: true; incident: Incident } | { ok: false; reason: string } | null;

/** The incident in a fragment (`#incident=…`); null when the fragment carries none. */
export function readShareFragment(hash: string): SharedIncident {
	const fragment = hash.replace(/^#/, '');
	if (!fragment.startsWith(PREFIX)) return null;
	try {
		const json: unknown = JSON.parse(fromBase64Url(fragment.slice(PREFIX.length)));
		const parsed = v.safeParse(Incident, json);
		if (!parsed.success)
			return { ok: false, reason: 'The link’s incident does not have the expected shape.' };
		if (!parsed.output.events.some((item) => item.type === 'declared')) {
			return { ok: false, reason: 'The link’s incident has no declaration.' };
		}
		return { ok: true, incident: parsed.output };
	} catch {
		return {
			ok: false,
			reason: 'The link is damaged (it may have been cut off when it was copied).',
		};
	}
}

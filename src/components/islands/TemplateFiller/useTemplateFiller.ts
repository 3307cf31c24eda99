// State for a template filler: what the user typed (autosaved per template and incident), the
// incident it was opened from, and the message derived from both by src/lib/templates.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	draftFragment,
	draftKey,
	emptyDraft,
	parseDraft,
	readDraftFragment,
	type Draft,
} from '../../../lib/templates/draft.ts';
import {
	effectiveValues,
	isLiveUpdate,
	type FieldValue,
} from '../../../lib/templates/field-values.ts';
import { lintMessage } from '../../../lib/templates/lint-message.ts';
import { renderTemplate } from '../../../lib/templates/render-template.ts';
import type { FillerData } from '../../../lib/views/filler-data.ts';
import type { OpenedIncident } from './read-incident.ts';

export type CopyState = 'idle' | 'copied' | 'failed';

function save(key: string, draft: Draft): boolean {
	try {
		localStorage.setItem(key, JSON.stringify(draft));
		return true;
	} catch {
		return false;
	}
}

export function useTemplateFiller(data: FillerData) {
	const { template } = data;
	const [draft, setDraft] = useState<Draft>(emptyDraft);
	const [incidentId, setIncidentId] = useState<string | null>(null);
	const [incident, setIncident] = useState<OpenedIncident>(null);
	const [incidentRead, setIncidentRead] = useState(false);
	const [linked, setLinked] = useState<Draft | null>(null);
	const [saved, setSaved] = useState(true);
	const [copy, setCopy] = useState<CopyState>('idle');
	const [ready, setReady] = useState(false);
	const [now, setNow] = useState(() => Date.now());
	const key = useRef('');

	// After hydration: the incident from the URL, the saved draft, and a draft carried by a link.
	useEffect(() => {
		const id = new URLSearchParams(location.search).get('incident');
		key.current = draftKey(template.id, id);
		setIncidentId(id);
		if (id) {
			void import('./read-incident.ts')
				.then(({ readIncident }) => setIncident(readIncident(data, id)))
				.catch(() => undefined)
				.finally(() => setIncidentRead(true));
		} else setIncidentRead(true);
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(key.current);
		} catch {
			// Storage may be unavailable; the form works without it.
		}
		const kept = parseDraft(stored);
		const fromLink = readDraftFragment(location.hash);
		// A link's values fill an empty form; they never silently replace a draft in progress.
		if (fromLink && (!kept || !Object.keys(kept.typed).length)) setDraft(fromLink);
		else {
			if (kept) setDraft(kept);
			if (fromLink) setLinked(fromLink);
		}
		setNow(Date.now());
		setReady(true);
	}, [data, template.id]);

	const update = (next: Draft) => {
		setDraft(next);
		setCopy('idle');
		setNow(Date.now());
		setSaved(save(key.current, next));
	};

	const context = {
		now,
		levels: data.clock.levels,
		incidentChannel: data.clock.incidentChannel,
		facts: incident?.facts,
	};
	const values = useMemo(
		() => effectiveValues(template, draft.typed, context),
		[template, draft, incident, now],
	);
	const message = useMemo(
		() =>
			renderTemplate(template, values, {
				format: draft.format,
				allowMentions: draft.allowMentions,
				levels: data.clock.levels,
			}),
		[template, values, draft.format, draft.allowMentions],
	);
	const warnings = useMemo(
		() =>
			lintMessage(message.text, {
				audience: template.audience,
				live: isLiveUpdate(template, values),
			}),
		[message.text, template, values],
	);

	return {
		ready,
		values,
		draft,
		message,
		warnings,
		incident,
		incidentId,
		incidentRead,
		linked,
		saved,
		copy,
		setCopy,
		setValue: (id: string, value: FieldValue) =>
			update({ ...draft, typed: { ...draft.typed, [id]: value } }),
		setFormat: (format: Draft['format']) => update({ ...draft, format }),
		setAllowMentions: (allowMentions: boolean) => update({ ...draft, allowMentions }),
		reset: () => update({ ...emptyDraft(), format: draft.format }),
		useLinked: () => {
			if (linked) update(linked);
			setLinked(null);
		},
		dismissLinked: () => setLinked(null),
		shareUrl: () =>
			`${location.origin}${location.pathname}${location.search}#${draftFragment(draft)}`,
		markdown: () =>
			renderTemplate(template, values, {
				format: 'markdown',
				allowMentions: draft.allowMentions,
				levels: data.clock.levels,
			}).text,
	};
}
export type TemplateFillerModel = ReturnType<typeof useTemplateFiller>;

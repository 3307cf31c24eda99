// The incident clock's state: which incident is open, what the URL asked for, and the actions
// that append to its log. Everything shown is derived by src/lib/incident from the log and now.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clockView } from '../../../lib/incident/clock-view.ts';
import {
	declareIncident,
	eventIds,
	record,
	type DeclareInput,
} from '../../../lib/incident/declare.ts';
import type { Incident } from '../../../lib/incident/events.ts';
import { incidentSummaries } from '../../../lib/incident/incident-list.ts';
import type { SharedIncident } from '../../../lib/incident/share-link.ts';
import { knownRunbook } from '../../../lib/runbooks/known-runbook.ts';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import { useIncidentStore } from './useIncidentStore.ts';
import { useNow } from './useNow.ts';
import { useRunbooks } from '../shared/useRunbooks.ts';

type NewEvent = Parameters<typeof record>[1];

/** What the page was opened with: `?severity=sev1&title=…&runbook=runbooks/…&incident=…`. */
export interface Preset {
	severity: string;
	title: string;
	runbook: string;
	/** Assessment triggers from the calculator: only ids the handbook defines. */
	bringIn: string[];
	incident: string | null;
}

function readPreset(data: ClockData): Preset {
	const params = new URLSearchParams(location.search);
	const severity = params.get('severity') ?? '';
	return {
		// Only known values are taken from a link; anything else is dropped silently.
		severity: data.levels.some((level) => level.id === severity) ? severity : '',
		title: (params.get('title') ?? '').slice(0, 200),
		runbook: params.get('runbook') ?? '',
		bringIn: (params.get('bring') ?? '')
			.split(',')
			.filter((id) => data.bringIn.some((trigger) => trigger.id === id)),
		incident: params.get('incident'),
	};
}

function setIncidentParam(id: string | null) {
	const url = new URL(location.href);
	if (id) url.searchParams.set('incident', id);
	else url.searchParams.delete('incident');
	for (const key of ['severity', 'title', 'runbook', 'bring']) if (id) url.searchParams.delete(key);
	history.replaceState(null, '', url);
}

export function useIncidentClock(data: ClockData) {
	const storage = useIncidentStore();
	const now = useNow();
	const runbooks = useRunbooks();
	const nextId = useMemo(() => eventIds(), []);
	const [preset, setPreset] = useState<Preset>({
		severity: '',
		title: '',
		runbook: '',
		bringIn: [],
		incident: null,
	});
	const [selected, setSelected] = useState<string | null>(null);
	const [shared, setShared] = useState<SharedIncident>(null);
	const presetRead = useRef(false);

	useEffect(() => {
		const read = readPreset(data);
		setPreset(read);
		// Only a shared link needs the decoder; load it then.
		if (location.hash.startsWith('#incident=')) {
			void import('../../../lib/incident/share-link.ts').then(({ readShareFragment }) =>
				setShared(readShareFragment(location.hash)),
			);
		}
		presetRead.current = true;
	}, [data]);

	const levels = data.levels;
	const incidents = storage.store.incidents;
	const summaries = useMemo(
		() => incidentSummaries(storage.store, levels),
		[storage.store, levels],
	);

	// Open the incident the URL names, else the most recent open one, once storage is read.
	useEffect(() => {
		if (!storage.ready || !presetRead.current || selected !== null) return;
		const fromUrl = incidents.find((incident) => incident.id === preset.incident);
		const open = summaries.find((summary) => !summary.archived && summary.status !== 'resolved');
		// A link that presets a new incident (from the calculator or a runbook) means "declare".
		const wantsNew = Boolean(preset.severity || preset.runbook);
		const id = fromUrl?.id ?? (wantsNew ? null : (open?.id ?? null));
		if (id) setSelected(id);
	}, [storage.ready, preset, incidents, summaries, selected]);

	const current = incidents.find((incident) => incident.id === selected) ?? null;
	const view = useMemo(
		() => (current ? clockView(current, levels, now) : null),
		[current, levels, now],
	);

	// Bumped when the reader opens or declares an incident, so the view can move focus to it.
	const [opened, setOpened] = useState(0);
	const open = useCallback((id: string | null) => {
		setSelected(id ?? '');
		setIncidentParam(id);
		setOpened((count) => count + 1);
	}, []);

	const actOn = useCallback(
		(id: string, event: NewEvent) => {
			const incident = incidents.find((candidate) => candidate.id === id);
			if (incident) storage.put(record(incident, event, Date.now(), nextId));
		},
		[incidents, storage, nextId],
	);
	const act = useCallback(
		(event: NewEvent) => current && actOn(current.id, event),
		[current, actOn],
	);

	// Only a runbook the handbook has is taken from a link; anything else is dropped silently.
	const presetRunbook = knownRunbook(preset.runbook, runbooks);

	return {
		ready: storage.ready,
		opened,
		now,
		view,
		incident: current,
		summaries,
		runbooks,
		preset: { ...preset, runbook: presetRunbook ? presetRunbook.id : '' },
		storage,
		shared,
		open,
		act,
		actOn,
		declare: (input: DeclareInput) => {
			const result = declareIncident(
				{ ...input, bringIn: preset.bringIn },
				Date.now(),
				nextId,
				levels.map((level) => level.id),
			);
			if (result.ok) {
				storage.put(result.incident);
				open(result.incident.id);
			}
			return result;
		},
		remove: (id: string) => {
			storage.remove(id);
			if (id === selected) open(null);
		},
		importShared: (incident: Incident) => {
			storage.put(incident);
			setShared(null);
			history.replaceState(null, '', `${location.pathname}${location.search}`);
			open(incident.id);
		},
		dismissShared: () => {
			setShared(null);
			history.replaceState(null, '', `${location.pathname}${location.search}`);
		},
	};
}
export type IncidentClockModel = ReturnType<typeof useIncidentClock>;

// What reaches the responder without looking: the tab title, a screen-reader announcement and,
// if they asked for it, a browser notification, once per escalation or overdue update.
import { useEffect, useRef, useState } from 'preact/hooks';
import { attentionTitle, dueAlerts } from '../../../lib/incident/attention.ts';
import type { ClockView } from '../../../lib/incident/clock-view.ts';

export function useAttention(view: ClockView | null, now: number, notify: boolean) {
	const [announcement, setAnnouncement] = useState('');
	const seen = useRef<Set<string> | null>(null);
	const incidentId = view?.state.id;
	const baseTitle = useRef('');

	useEffect(() => {
		baseTitle.current = document.title;
		return () => {
			document.title = baseTitle.current;
		};
	}, []);

	// A newly opened incident starts with what is already due counted as seen: it is on screen.
	useEffect(() => {
		seen.current = null;
		setAnnouncement('');
	}, [incidentId]);

	useEffect(() => {
		if (!view) {
			if (baseTitle.current) document.title = baseTitle.current;
			return;
		}
		document.title = `${attentionTitle(view, now)} · ${baseTitle.current}`;
		const alerts = dueAlerts(view);
		if (seen.current === null) {
			seen.current = new Set(alerts.map((alert) => alert.key));
			return;
		}
		const fresh = alerts.filter((alert) => !seen.current!.has(alert.key));
		if (!fresh.length) return;
		for (const alert of fresh) seen.current.add(alert.key);
		setAnnouncement(fresh.map((alert) => alert.text).join(' '));
		if (notify && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
			for (const alert of fresh)
				new Notification('Incident clock', { body: alert.text, tag: alert.key });
		}
	}, [view, now, notify]);

	return announcement;
}

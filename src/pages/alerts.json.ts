// `/alerts.json`: every alert and where it leads, for tooling (alert routers, chat bots, linters).
import type { APIRoute } from 'astro';
import { getAlerts, getSettings } from '../handbook.ts';
import { alertTarget } from '../lib/alerts/alert-target.ts';
import { sitePath } from '../site-path.ts';

export const GET: APIRoute = async () => {
	const [alerts, settings] = await Promise.all([getAlerts(), getSettings()]);
	const body = alerts.map(({ id, data }) => ({
		id,
		permalink: new URL(sitePath(`/alerts/${id}/`), settings.siteUrl).href,
		runbook: new URL(sitePath(alertTarget(data)), settings.siteUrl).href,
		source: data.source,
		summary: data.summary,
		severity: data.severity?.id ?? null,
	}));
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'Content-Type': 'application/json' },
	});
};

// Every runbook's id and title, for tools that offer a runbook without baking the whole list into
// their page (the list grows with the handbook; the page must not).
import type { APIRoute } from 'astro';
import { getRunbooks } from '../handbook.ts';

export const GET: APIRoute = async () => {
	const runbooks = await getRunbooks();
	return new Response(JSON.stringify(runbooks.map(({ id, data }) => ({ id, title: data.title }))), {
		headers: { 'Content-Type': 'application/json' },
	});
};

// Starlight route middleware: "On this page" also lists the headings components render (one per
// severity level on the escalation page, a role's sections…), built from the same data the
// components render from. Starlight only sees a page's Markdown headings.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { getAssessment, getRunbooks, getSeverities } from '../handbook.ts';
import { syntaxTree } from '../lib/content/parse-source.ts';
import {
	levelHeadings,
	matrixHeadings,
	policyHeadings,
	roleHeadings,
	runbookIndexHeadings,
} from '../lib/toc/component-headings.ts';
import { componentUses } from '../lib/toc/component-placements.ts';
import { mergeHeadings, tocItems, type TocHeading } from '../lib/toc/merge-headings.ts';

/** Components that render headings, by file name, and the headings they render. */
const HEADINGS_OF: Record<
	string,
	(props: Record<string, string>) => Promise<readonly TocHeading[]>
> = {
	'EscalationPolicies.astro': async () => policyHeadings(await getSeverities()),
	'SeverityLevels.astro': async () => levelHeadings(await getSeverities()),
	'SeverityMatrix.astro': async () => matrixHeadings((await getAssessment()).ceilings.length > 0),
	'RunbookIndex.astro': async () => runbookIndexHeadings(await getRunbooks()),
	'RolePage.astro': async ({ id }) => {
		const role = id ? await getEntry('roles', id) : undefined;
		return role ? roleHeadings(role.data) : [];
	},
};
const FILES = new Set(Object.keys(HEADINGS_OF));

export const onRequest = defineRouteMiddleware(async ({ locals }) => {
	const route = locals.starlightRoute;
	const { body, filePath } = route.entry;
	// Most pages use none of these components: skip parsing them.
	if (!route.toc || !body || ![...FILES].some((file) => body.includes(file))) return;
	const uses = componentUses(syntaxTree(body, filePath), FILES);
	if (!uses.length) return;
	const placements = await Promise.all(
		uses.map(async ({ file, props, after }) => ({
			after,
			headings: await HEADINGS_OF[file]!(props),
		})),
	);
	route.headings = mergeHeadings(route.headings, placements);
	const [overview] = route.toc.items;
	if (overview) route.toc.items = tocItems(overview, route.headings, route.toc);
});

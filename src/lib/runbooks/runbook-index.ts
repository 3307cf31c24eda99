// The runbooks index and its per-service and per-level lists, as data. No page lists every
// runbook once the handbook is large: the index offers the services and levels (with counts) as
// ways in, each service and level has its own pages of at most RUNBOOKS_PER_PAGE runbooks, and
// search finds any runbook by text. Pure: the pages pass the runbooks in.
import type { RunbookData } from '../content/schemas.ts';

/**
 * The most runbooks one page lists, and so the largest handbook whose index lists every runbook
 * directly. Measured on the built lists: a listed runbook (title, usual level, two symptoms,
 * services) costs about 90 bytes gzipped (600 raw) on a page of about 9 KB gzipped, so 100 rows
 * stay near 20 KB, far inside the 100 KB a page may weigh; and 100 rows is already a long scroll
 * on a phone, past which the services and levels are the quicker way in.
 */
export const RUNBOOKS_PER_PAGE = 100;

/** A runbook as the index and its lists read it: its id and three of its frontmatter fields. */
export interface IndexedRunbook {
	id: string;
	/** `severities` is most likely first. */
	data: Pick<RunbookData, 'title' | 'services' | 'severities'>;
}

/** The path of a service's list, at `page` (1 is the first). */
export const servicePath = (service: string, page = 1) =>
	`/runbooks/service/${service}/${page > 1 ? `${page}/` : ''}`;

/** The path of a level's list, at `page` (1 is the first). */
export const levelPath = (level: string, page = 1) =>
	`/runbooks/level/${level}/${page > 1 ? `${page}/` : ''}`;

/** Page `page` of the runbooks due for review, most urgent first. */
export const reviewPath = (page = 1) => `/review/${page > 1 ? `${page}/` : ''}`;

/** Whether the index lists every runbook itself. */
export const listsEveryRunbook = (count: number) => count <= RUNBOOKS_PER_PAGE;

/** Every service the runbooks name, A–Z, with how many runbooks concern it. */
export function serviceCounts(runbooks: readonly IndexedRunbook[]) {
	const counts = new Map<string, number>();
	for (const runbook of runbooks)
		for (const service of new Set(runbook.data.services))
			counts.set(service, (counts.get(service) ?? 0) + 1);
	return [...counts]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([service, count]) => ({ service, count }));
}

/** The runbooks that concern `service`, in the order given. */
export const runbooksForService = <Runbook extends IndexedRunbook>(
	runbooks: readonly Runbook[],
	service: string,
) => runbooks.filter((runbook) => runbook.data.services.includes(service));

/**
 * The runbooks for incidents that may be at `level`: those usually at that level first, then
 * those sometimes at it, each in the order given.
 */
export function runbooksForLevel<Runbook extends IndexedRunbook>(
	runbooks: readonly Runbook[],
	level: string,
): Runbook[] {
	const usually = runbooks.filter((runbook) => runbook.data.severities[0]?.id === level);
	const sometimes = runbooks.filter((runbook) =>
		runbook.data.severities.slice(1).some(({ id }) => id === level),
	);
	return [...usually, ...sometimes];
}

/** For each level (in the order given), how many runbooks are usually and sometimes at it. */
export function levelCounts(runbooks: readonly IndexedRunbook[], levels: readonly string[]) {
	return levels.map((level) => {
		const usually = runbooks.filter((runbook) => runbook.data.severities[0]?.id === level).length;
		return { level, usually, count: runbooksForLevel(runbooks, level).length };
	});
}

/** One page of a list: its runbooks, its number and how many pages the list has. */
export interface ListPage<Item> {
	items: Item[];
	page: number;
	pages: number;
}

/** `items` split into pages of at most RUNBOOKS_PER_PAGE; one (empty) page for no items. */
export function paginate<Item>(items: readonly Item[], size = RUNBOOKS_PER_PAGE): ListPage<Item>[] {
	const pages = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: pages }, (_, index) => ({
		items: items.slice(index * size, (index + 1) * size),
		page: index + 1,
		pages,
	}));
}

/** The route parameter of a page of a list: none for the first (`/x/`), `2` for `/x/2/`. */
export const pageParam = (page: number) => (page > 1 ? String(page) : undefined);

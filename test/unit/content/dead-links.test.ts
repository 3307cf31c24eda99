import { describe, expect, test } from 'vitest';
import {
	deadLinkProblem,
	findDeadLinks,
	scanPage,
	type BuiltSite,
} from '../../../src/lib/content/dead-links.ts';
import { formatProblems } from '../../../src/lib/content/problem.ts';

const page = (body: string) =>
	`<!doctype html><html><head><title>x</title></head><body><h1 id="_top">T</h1>${body}</body></html>`;

/** A built site from URL path → text. */
function site(files: Record<string, string>): BuiltSite {
	return { files: new Set(Object.keys(files)), read: (file) => files[file]! };
}

const runbook = page(
	'<h2 id="symptoms">Symptoms</h2><h2 id="mitigate">Mitigate</h2><a name="legacy"></a>',
);

describe('scanPage', () => {
	test('collects ids, heading ids and link targets, not markup inside scripts or styles', () => {
		const scanned = scanPage(
			page(
				`<h2 id="a">A</h2><p id="b"><a href="/x/">x</a></p>` +
					`<script>const s = '<a href="/in-script/">'; const t = "<p id='c'>";</script>` +
					`<style>a[href="/in-style/"] { color: red }</style><a href='/y/#z'>y</a>`,
			),
		);
		expect([...scanned.ids]).toEqual(['_top', 'a', 'b']);
		expect(scanned.headings).toEqual(['_top', 'a']);
		expect(scanned.hrefs).toEqual(['/x/', '/y/#z']);
	});
});

describe('findDeadLinks', () => {
	test('finds a missing page and a missing anchor, each with the nearest real one', () => {
		const dead = findDeadLinks(
			site({
				'/runbooks/high-error-rate/index.html': runbook,
				'/runbooks/disk-full/index.html': page(
					'<a href="/runbooks/high-error-rat/#mitigate">a</a>' +
						'<a href="/runbooks/high-error-rate/#mitgate">b</a>' +
						'<a href="../high-error-rate/#symptoms">fine</a><a href="#_top">fine</a>',
				),
			}),
		);
		expect(dead).toEqual([
			{
				pages: ['/runbooks/disk-full/'],
				href: '/runbooks/high-error-rat/#mitigate',
				missing: 'page',
				target: '/runbooks/high-error-rat/',
				suggestion: '/runbooks/high-error-rate/#mitigate',
			},
			{
				pages: ['/runbooks/disk-full/'],
				href: '/runbooks/high-error-rate/#mitgate',
				missing: 'anchor',
				target: '/runbooks/high-error-rate/',
				anchor: 'mitgate',
				headings: ['_top', 'symptoms', 'mitigate'],
				suggestion: '/runbooks/high-error-rate/#mitigate',
			},
		]);
	});

	test('leaves other origins and schemes alone, and resolves files, `#top` and `<a name>`', () => {
		const links = [
			'https://example.org/nowhere/',
			'//cdn.example.org/x',
			'mailto:oncall@example.com',
			'tel:+15550100',
			'/alerts.json',
			'/alerts/HighErrorRate/',
			'/runbooks/high-error-rate',
			'/runbooks/high-error-rate/#legacy',
			'#top',
			'',
		];
		const dead = findDeadLinks(
			site({
				'/index.html': page(links.map((href) => `<a href="${href}">x</a>`).join('')),
				'/alerts.json': '[]',
				'/alerts/HighErrorRate/index.html': page(''),
				'/runbooks/high-error-rate/index.html': runbook,
			}),
		);
		expect(dead).toEqual([]);
	});

	test('checks absolute links to the site’s own origin', () => {
		const dead = findDeadLinks(
			site({ '/index.html': page('<a href="https://handbook.example.com/gone/">x</a>') }),
			{ origin: 'https://handbook.example.com' },
		);
		expect(dead.map((link) => [link.missing, link.target])).toEqual([['page', '/gone/']]);
	});

	test('reports a link dead on many pages once, listing the pages', () => {
		const shared = '<a href="/gone/">x</a>';
		const dead = findDeadLinks(
			site({ '/a/index.html': page(shared), '/b/index.html': page(shared) }),
		);
		expect(dead).toHaveLength(1);
		expect(dead[0]!.pages).toEqual(['/a/', '/b/']);
	});

	test('under a sub-path, links lead somewhere only under it', () => {
		const dead = findDeadLinks(
			site({
				'/index.html': page(
					'<a href="/handbook/runbooks/x/#mitigate">ok</a><a href="runbooks/x/">ok</a>' +
						'<a href="/runbooks/x/">outside</a><a href="/handbook/runbooks/y/">gone</a>',
				),
				'/runbooks/x/index.html': runbook,
			}),
			{ base: '/handbook/' },
		);
		expect(dead.map((link) => [link.href, link.suggestion])).toEqual([
			['/runbooks/x/', '/handbook/runbooks/x/'],
			['/handbook/runbooks/y/', '/handbook/runbooks/x/'],
		]);
	});
});

test('a dead link reads as a problem named by the page’s source file', () => {
	const dead = findDeadLinks(
		site({
			'/runbooks/high-error-rate/index.html': runbook,
			'/runbooks/disk-full/index.html': page(
				'<a href="/runbooks/nope/">a</a><a href="/runbooks/high-error-rate/#nothing-like-it">b</a>',
			),
		}),
	);
	const sourceOf = (path: string) =>
		path === '/runbooks/disk-full/' ? 'src/content/docs/runbooks/disk-full.mdx' : undefined;
	expect(
		formatProblems(
			dead.map((link) => deadLinkProblem(link, sourceOf)),
			{ subject: 'the built pages', unit: 'dead link' },
		),
	).toMatchInlineSnapshot(`
		"Firebreak found 2 dead links in the built pages:

		✗ src/content/docs/runbooks/disk-full.mdx → link \`/runbooks/nope/\`: no such page
		  Nothing was built at /runbooks/nope/.
		  Fix: Link to a page by its URL: its path under src/content/docs/ without the extension, ending in \`/\`, e.g. \`/runbooks/high-error-rate/\`.

		✗ src/content/docs/runbooks/disk-full.mdx → link \`/runbooks/high-error-rate/#nothing-like-it\`: no such anchor
		  /runbooks/high-error-rate/ has no heading or element with the id \`nothing-like-it\`.
		  Fix: Link to one of its headings: \`#symptoms\`, \`#mitigate\`. A heading’s anchor is its text in lower case, with spaces as hyphens and punctuation dropped.
		"
	`);
});

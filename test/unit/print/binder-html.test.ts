import { describe, expect, test } from 'vitest';
import { binderAnchor, binderSectionHtml } from '../../../src/lib/print/binder-html.ts';
import { scanPage } from '../../../src/lib/content/dead-links.ts';

const sections = new Map([
	['/runbooks/cache-failure/', 'runbooks/cache-failure'],
	['/runbooks/bad-deploy/', 'runbooks/bad-deploy'],
	['/process/severity-levels/', 'process/severity-levels'],
]);
const fit = (html: string, demote = 2) =>
	binderSectionHtml(html, {
		section: 'runbooks/cache-failure',
		page: '/runbooks/cache-failure/',
		sections,
		demote,
		site: 'https://handbook.example.com',
	});

describe('binderSectionHtml', () => {
	test('prefixes every id and every reference to one, so two runbooks’ #mitigate stay distinct', () => {
		const html = fit(
			'<h2 id="mitigate">Mitigate</h2><a href="#mitigate">here</a>' +
				'<label for="x">X</label><input id="x" aria-describedby="h1 h2">' +
				'<a role="tab" href="#tab-panel-0-0" id="tab-0-0"></a><div aria-labelledby="tab-0-0"></div>',
		);
		expect(html).toBe(
			'<h4 id="runbooks/cache-failure:mitigate">Mitigate</h4><a href="#runbooks/cache-failure:mitigate">here</a>' +
				'<label for="runbooks/cache-failure:x">X</label><input id="runbooks/cache-failure:x" aria-describedby="runbooks/cache-failure:h1 runbooks/cache-failure:h2">' +
				'<a role="tab" href="#runbooks/cache-failure:tab-panel-0-0" id="runbooks/cache-failure:tab-0-0"></a><div aria-labelledby="runbooks/cache-failure:tab-0-0"></div>',
		);
		expect(binderAnchor('runbooks/cache-failure', 'mitigate')).toBe(
			'runbooks/cache-failure:mitigate',
		);
	});

	test('links to pages in the binder lead to their sections; #top leads to the section itself', () => {
		const html = fit(
			'<a href="/runbooks/bad-deploy/">a</a><a href="/runbooks/bad-deploy/#roll-back">b</a>' +
				'<a href="../bad-deploy/#roll-back">c</a><a href="/process/severity-levels/#sev1">d</a>' +
				'<a href="#top">e</a><a href="https://handbook.example.com/runbooks/bad-deploy/">f</a>',
		);
		expect(scanPage(html).hrefs).toEqual([
			'#runbooks/bad-deploy',
			'#runbooks/bad-deploy:roll-back',
			'#runbooks/bad-deploy:roll-back',
			'#process/severity-levels:sev1',
			'#runbooks/cache-failure',
			'#runbooks/bad-deploy',
		]);
	});

	test('links out of the binder keep working from /print/ and carry their full address for paper', () => {
		const html = fit(
			'<a href="/tools/severity/?runbook=x&amp;a=b">calc</a><a href="../../alerts/Foo/">alert</a>' +
				'<a href="https://status.example.org/">status</a><a href="mailto:oncall@example.com">mail</a>',
		);
		expect(html).toBe(
			'<a href="/tools/severity/?runbook=x&amp;a=b" data-print-url="https://handbook.example.com/tools/severity/?runbook=x&amp;a=b">calc</a>' +
				'<a href="/alerts/Foo/" data-print-url="https://handbook.example.com/alerts/Foo/">alert</a>' +
				'<a href="https://status.example.org/">status</a><a href="mailto:oncall@example.com">mail</a>',
		);
	});

	test('moves headings and Starlight’s heading wrappers down, stopping at h6, and opens details', () => {
		const html = fit(
			'<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><H3>B</H3><h5>C</h5>' +
				'<details class="x"><summary>S</summary>D</details><details open>E</details>',
		);
		expect(html).toBe(
			'<div class="sl-heading-wrapper level-h4"><h4 id="runbooks/cache-failure:a">A</h4></div><h5>B</h5><h6>C</h6>' +
				'<details open class="x"><summary>S</summary>D</details><details open>E</details>',
		);
		expect(fit('<h2>A</h2>', 0)).toBe('<h2>A</h2>');
	});

	test('leaves text, scripts and styles byte for byte (inline scripts keep their CSP hashes)', () => {
		const script = `<script>const a = '<a href="/x/" id="y">'; if (1 < 2) {}</script>`;
		const style = `<style>a[href="#z"] { color: red }</style>`;
		const text = '<p>5 &lt; 6 &amp; “quotes” <code>&lt;h2 id="q"&gt;</code></p>';
		expect(fit(script + style + text)).toBe(script + style + text);
	});
});

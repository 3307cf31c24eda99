import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SeverityCalculator from '../../src/components/islands/SeverityCalculator/SeverityCalculator.tsx';
import { calculatorDataFor, FIXTURE_P0_P3 } from '../support/content.ts';
import { hostileRunbookIds } from '../support/hostile-ids.ts';

// The island over a second organisation's P0–P3 content, with the props the page wrapper builds.
const data = calculatorDataFor(FIXTURE_P0_P3);
const { model } = data;

const group = (name: string) => screen.getByRole('group', { name });

// What the site's /runbooks.json lists.
const RUNBOOKS = [{ id: 'runbooks/connection-pool', title: 'Database connection pool exhausted' }];
const BACK = 'Back to the runbook you came from';

describe('SeverityCalculator', () => {
	beforeEach(() => {
		history.replaceState(null, '', '/tools/severity/');
		vi.stubGlobal(
			'fetch',
			vi.fn(() => Promise.resolve(new Response(JSON.stringify(RUNBOOKS)))),
		);
	});
	afterEach(() => {
		cleanup();
		vi.unstubAllGlobals();
	});

	test('every question is a labelled group of radios, with "Not sure" where allowed', () => {
		render(<SeverityCalculator data={data} />);
		for (const question of model.questions) {
			const radios = within(group(question.label)).getAllByRole('radio');
			expect(radios).toHaveLength(question.options.length + (question.allowUnsure ? 1 : 0));
		}
	});

	test('shows no level until something is answered, then the level and its reasons', () => {
		render(<SeverityCalculator data={data} />);
		expect(screen.getByText(/Answer the questions to see the severity/)).toBeTruthy();
		fireEvent.click(within(group('What is broken?')).getByLabelText('A major feature'));
		expect(document.querySelector('.fbc__level strong')?.textContent).toBe('P1');
		expect(screen.getByText('A major feature broken is P1.')).toBeTruthy();
		expect(location.search).toBe('?scope=major-feature');
	});

	test('reads answers from the URL after hydration and ignores values it does not know', async () => {
		history.replaceState(null, '', '/tools/severity/?security=yes&scope=%3Cscript%3E');
		render(<SeverityCalculator data={data} />);
		await screen.findByText('A security breach is P0.');
		expect(document.querySelector('.fbc__level strong')?.textContent).toBe('P0');
		expect(
			within(group('What is broken?'))
				.getAllByRole('radio')
				.some((radio) => (radio as HTMLInputElement).checked),
		).toBe(false);
	});

	test('names the incident channel from the organisation’s pattern and the title', async () => {
		history.replaceState(null, '', '/tools/severity/?scope=everything&title=Checkout%20down');
		render(<SeverityCalculator data={data} />);
		await screen.findByText('A dedicated incident channel: #inc-checkout-down');
	});

	test('links back to the runbook the reader came from when the handbook has it', async () => {
		history.replaceState(
			null,
			'',
			'/tools/severity/?scope=everything&runbook=runbooks%2Fconnection-pool',
		);
		render(<SeverityCalculator data={data} />);
		const back = await screen.findByRole('link', { name: BACK });
		expect(back.getAttribute('href')).toBe('/runbooks/connection-pool/');
		// Not offered again among the runbooks that fit.
		expect(screen.queryByRole('link', { name: RUNBOOKS[0]!.title })).toBeNull();
		// Fetched once, not on every answer.
		fireEvent.click(within(group('Is security compromised?')).getByLabelText('Yes'));
		await screen.findByText('A security breach is P0.');
		expect(screen.getByRole('link', { name: BACK })).toBeTruthy();
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith('/runbooks.json');
	});

	test('does not fetch the runbook list when the URL names no runbook', async () => {
		history.replaceState(null, '', '/tools/severity/?scope=everything');
		render(<SeverityCalculator data={data} />);
		await waitFor(() =>
			expect(document.querySelector('.fbc__level strong')?.textContent).toBe('P0'),
		);
		await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
		expect(fetch).not.toHaveBeenCalled();
		expect(screen.queryByRole('link', { name: BACK })).toBeNull();
	});

	test.each(hostileRunbookIds(RUNBOOKS[0]!.id))(
		'drops runbook= %s (%j) silently: no link back, and no link built from it',
		async (_label, value) => {
			history.replaceState(
				null,
				'',
				`/tools/severity/?scope=everything&runbook=${encodeURIComponent(value)}`,
			);
			render(<SeverityCalculator data={data} />);
			await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
			// Let the list arrive and the island re-render with it.
			await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
			expect(document.querySelector('.fbc__level strong')?.textContent).toBe('P0');
			expect(screen.queryByRole('link', { name: BACK })).toBeNull();
			for (const link of document.querySelectorAll('a')) {
				// Every link stays on this site; the clock link may carry the value in its query, where
				// the clock checks it the same way.
				const href = link.getAttribute('href') ?? '';
				// A jump within the page (the sticky level bar to the result) stays on the page.
				if (href.startsWith('#')) continue;
				expect(href).toMatch(/^\/[^/\\]/);
				const url = new URL(href, location.origin);
				expect(url.origin).toBe(location.origin);
				expect(url.pathname).not.toContain('evil');
				expect(url.pathname).not.toContain('134744072');
			}
		},
	);
});

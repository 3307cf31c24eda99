import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import IncidentClock from '../../src/components/islands/IncidentClock/IncidentClock.tsx';
import { STORE_KEY, UNREADABLE_KEY } from '../../src/components/islands/shared/incident-storage.ts';
import { shareFragment } from '../../src/lib/incident/share-link.ts';
import { parseStore } from '../../src/lib/incident/store.ts';
import { clockDataFor, fixtureDir } from '../support/clock-data.ts';

// The island over fixture handbooks, with the props the page wrapper builds.
const chains = clockDataFor(fixtureDir('escalation-chains'));
const p0p3 = clockDataFor(fixtureDir('content-p0-p3'));
const [major] = chains.levels;

const stored = () => {
	const read = parseStore(localStorage.getItem(STORE_KEY));
	if (!read.ok) throw new Error(read.reason);
	return read.store;
};
const bar = () => document.querySelector('.fbk__bar')?.textContent ?? '';

async function declare(data = chains, title = 'Checkout down', level = data.levels[0]!) {
	render(<IncidentClock data={data} />);
	await screen.findByRole('heading', { name: 'Declare an incident' });
	fireEvent.input(screen.getByLabelText('What is happening'), { target: { value: title } });
	fireEvent.change(screen.getByLabelText('Severity'), { target: { value: level.id } });
	fireEvent.click(screen.getByRole('button', { name: 'Start the clock' }));
	await screen.findByRole('heading', { name: title });
}

beforeEach(() => {
	localStorage.clear();
	history.replaceState(null, '', '/tools/incident-clock/');
	vi.stubGlobal(
		'fetch',
		vi.fn(() =>
			Promise.resolve(
				new Response(JSON.stringify([{ id: 'runbooks/pool', title: 'Pool exhausted' }])),
			),
		),
	);
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('IncidentClock', () => {
	test('declaring starts the chain: the first step is paged and the incident is stored', async () => {
		await declare();
		expect(bar()).toContain(`Paging ${major!.policy!.steps[0]!.targets.join(' + ')}`);
		const next = major!.policy!.steps[1]!;
		expect(bar()).toMatch(new RegExp(`next ${next.targets.join(' \\+ ')} in [45]:\\d\\d`));
		expect(stored().incidents).toHaveLength(1);
		expect(location.search).toMatch(/^\?incident=/);
		expect(document.title).toMatch(/to MAJ page: Backup/);
	});

	test('a link presets the level, title and runbook, and drops what it does not know', async () => {
		history.replaceState(
			null,
			'',
			'/tools/incident-clock/?severity=minor&title=Slow%20search&runbook=runbooks/pool',
		);
		render(<IncidentClock data={chains} />);
		await waitFor(() =>
			expect(screen.getByLabelText<HTMLSelectElement>('Runbook (optional)').value).toBe(
				'runbooks/pool',
			),
		);
		expect(screen.getByLabelText<HTMLSelectElement>('Severity').value).toBe('minor');
		expect(screen.getByLabelText<HTMLInputElement>('What is happening').value).toBe('Slow search');
		cleanup();
		history.replaceState(
			null,
			'',
			'/tools/incident-clock/?severity=nope&runbook=%2F%2Fevil.example',
		);
		render(<IncidentClock data={chains} />);
		await screen.findByLabelText('Runbook (optional)');
		expect(screen.getByLabelText<HTMLSelectElement>('Severity').value).toBe('');
		expect(screen.getByLabelText<HTMLSelectElement>('Runbook (optional)').value).toBe('');
	});

	test('acknowledging stops paging and records who did it', async () => {
		await declare();
		fireEvent.input(screen.getByLabelText('Acknowledged by (optional)'), {
			target: { value: 'Sam' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
		await waitFor(() => expect(bar()).toContain('Acknowledged: paging stopped'));
		expect(screen.getByText('Acknowledged by Sam')).toBeTruthy();
	});

	test('the P0–P3 handbook drives the clock with its own chain and cadence', async () => {
		await declare(p0p3, 'Agents stuck');
		const p0 = p0p3.levels[0]!;
		expect(bar()).toContain(p0.label);
		expect(bar()).toContain(`Paging ${p0.policy!.steps[0]!.targets.join(' + ')}`);
		expect(screen.getByText(/Engineering lead: after 30 min unresolved/)).toBeTruthy();
		// This organisation has no incident roles: no role fields, notes still work.
		expect(screen.queryByLabelText(/Commander/)).toBeNull();
		expect(screen.getByLabelText('Note for the timeline')).toBeTruthy();
	});

	test('corrupt storage never crashes: it says so, keeps the text to save, and starts clean', async () => {
		localStorage.setItem(STORE_KEY, '{"version":1,"incidents":[{"id":');
		render(<IncidentClock data={chains} />);
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('could not be read (it is not valid JSON)');
		expect(JSON.parse(localStorage.getItem(UNREADABLE_KEY)!)).toEqual({
			raw: '{"version":1,"incidents":[{"id":',
			reason: 'it is not valid JSON',
		});
		// A later visit still says what was wrong, and still has the text.
		cleanup();
		render(<IncidentClock data={chains} />);
		expect((await screen.findByRole('alert')).textContent).toContain('(it is not valid JSON)');
		expect(screen.getByRole('button', { name: 'Save the unreadable data' })).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Declare an incident' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(localStorage.getItem(UNREADABLE_KEY)).toBeNull();
	});

	test('a full quota keeps the clock working in memory and warns', async () => {
		const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		try {
			await declare();
			expect(screen.getByRole('alert').textContent).toContain('This browser refused to save');
			fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
			await waitFor(() => expect(bar()).toContain('Acknowledged'));
		} finally {
			full.mockRestore();
		}
	});

	test('another tab’s events are merged in, and ours are written back so neither is lost', async () => {
		await declare();
		const mine = stored();
		const incident = mine.incidents[0]!;
		const theirs = {
			...mine,
			incidents: [
				{
					...incident,
					events: [
						...incident.events.slice(0, 1),
						{
							id: 'zz-other-tab',
							at: Date.now(),
							type: 'note' as const,
							text: 'From the other tab',
						},
					],
				},
			],
		};
		fireEvent.input(screen.getByLabelText('Note for the timeline'), {
			target: { value: 'From this tab' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
		// The other tab wrote without our note (it had not seen it yet).
		const value = JSON.stringify(theirs);
		localStorage.setItem(STORE_KEY, value);
		await act(() => {
			dispatchEvent(new StorageEvent('storage', { key: STORE_KEY, newValue: value }));
		});
		await screen.findByText('From the other tab');
		expect(screen.getByText('From this tab')).toBeTruthy();
		const texts = stored().incidents[0]!.events.flatMap((item) =>
			item.type === 'note' ? [item.text] : [],
		);
		expect(texts.sort()).toEqual(['From the other tab', 'From this tab']);
	});

	test('a share link offers to import the incident and never overwrites silently', async () => {
		await declare();
		const incident = stored().incidents[0]!;
		cleanup();
		localStorage.clear();
		history.replaceState(null, '', `/tools/incident-clock/#${shareFragment(incident)}`);
		render(<IncidentClock data={chains} />);
		const offer = await screen.findByRole('region', { name: 'Shared incident' });
		expect(offer.textContent).toContain('“Checkout down”');
		expect(stored().incidents).toHaveLength(0);
		fireEvent.click(screen.getByRole('button', { name: 'Import this incident' }));
		await screen.findByRole('heading', { name: 'Checkout down' });
		expect(stored().incidents).toHaveLength(1);
		expect(location.hash).toBe('');
	});

	test('several incidents: archive one, delete one only after confirming', async () => {
		await declare(chains, 'First');
		fireEvent.click(screen.getByRole('button', { name: 'Declare another incident' }));
		await screen.findByRole('heading', { name: 'Declare an incident' });
		fireEvent.input(screen.getByLabelText('What is happening'), { target: { value: 'Second' } });
		fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'minor' } });
		fireEvent.click(screen.getByRole('button', { name: 'Start the clock' }));
		await screen.findByRole('heading', { name: 'Second' });
		fireEvent.click(screen.getByRole('button', { name: 'Archive First' }));
		await screen.findByText(/· archived/);
		fireEvent.click(screen.getByRole('button', { name: 'Delete… First' }));
		expect(stored().incidents).toHaveLength(2);
		fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
		await waitFor(() => expect(stored().incidents).toHaveLength(1));
		expect(stored().deleted).toHaveLength(1);
	});
});

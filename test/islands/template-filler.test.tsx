import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import TemplateFiller from '../../src/components/islands/TemplateFiller/TemplateFiller.tsx';
import { STORE_KEY } from '../../src/components/islands/shared/incident-storage.ts';
import { declareIncident, eventIds, record } from '../../src/lib/incident/declare.ts';
import { emptyStore, withIncident } from '../../src/lib/incident/store.ts';
import { draftFragment, emptyDraft } from '../../src/lib/templates/draft.ts';
import { fillerDataFor, fixtureDir } from '../support/clock-data.ts';

// The filler over fixture handbooks, with the props the page builds.
const data = fillerDataFor(fixtureDir('escalation-chains'), 'status-update');
const preview = () => screen.getByLabelText('Message preview').textContent;
const XSS = '<img src=x onerror="globalThis.hacked=true">';

beforeEach(() => {
	localStorage.clear();
	history.replaceState(null, '', '/tools/templates/status-update/');
});
afterEach(cleanup);

describe('TemplateFiller', () => {
	test('empty, it shows the template with every required blank marked', () => {
		render(<TemplateFiller data={data} />);
		expect(preview()).toContain('# [[Status]]: [[Headline]]');
		expect(preview()).toContain('**Severity:** [[Severity]]');
	});

	test('typing fills the live preview; the format switch converts it; text stays text', () => {
		render(<TemplateFiller data={data} />);
		fireEvent.input(screen.getByLabelText(/^Headline/), { target: { value: 'Checkout failing' } });
		fireEvent.change(screen.getByLabelText(/^Severity/), { target: { value: 'major' } });
		fireEvent.change(screen.getByLabelText(/^Status \(required/), {
			target: { value: 'Investigating' },
		});
		fireEvent.input(screen.getByLabelText(/^Impact/), { target: { value: XSS } });
		expect(preview()).toContain('# Investigating: Checkout failing');
		expect(preview()).toContain('**Severity:** MAJ (Major)');
		expect(preview()).toContain(XSS);
		expect(document.querySelector('.fbt__preview img')).toBeNull();
		expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
		fireEvent.click(screen.getByLabelText('Slack'));
		expect(preview()).toContain('*Investigating: Checkout failing*');
		expect(preview()).toContain('&lt;img src=x onerror="globalThis.hacked=true"&gt;');
	});

	test('a required field left empty says so, tied to the field', async () => {
		render(<TemplateFiller data={data} />);
		const impact = screen.getByLabelText(/^Impact/);
		fireEvent.blur(impact);
		await waitFor(() => expect(impact.getAttribute('aria-invalid')).toBe('true'));
		const error = document.getElementById(
			impact.getAttribute('aria-describedby')!.split(' ').at(-1)!,
		);
		expect(error?.textContent).toContain('[[Impact]]');
	});

	test('the draft is saved as you type and restored after a reload', async () => {
		render(<TemplateFiller data={data} />);
		fireEvent.input(screen.getByLabelText(/^Headline/), { target: { value: 'Draft headline' } });
		fireEvent.input(screen.getByLabelText(/^What we did/), {
			target: { value: 'Rolled back\nScaled up' },
		});
		cleanup();
		render(<TemplateFiller data={data} />);
		await waitFor(() => expect(preview()).toContain('Draft headline'));
		expect(preview()).toContain('- Rolled back\n- Scaled up');
	});

	test('a link’s values fill an empty form, and never replace a draft in progress without asking', async () => {
		const shared = { ...emptyDraft(), typed: { title: 'From the link' } };
		history.replaceState(null, '', `/tools/templates/status-update/#${draftFragment(shared)}`);
		render(<TemplateFiller data={data} />);
		await waitFor(() => expect(preview()).toContain('From the link'));
		cleanup();
		localStorage.setItem(
			'firebreak:draft:status-update:no-incident',
			JSON.stringify({ ...emptyDraft(), typed: { title: 'Mine' } }),
		);
		render(<TemplateFiller data={data} />);
		await waitFor(() => expect(preview()).toContain('Mine'));
		fireEvent.click(screen.getByRole('button', { name: 'Use the link’s values' }));
		await waitFor(() => expect(preview()).toContain('From the link'));
	});

	test('opened from the clock, bound fields come from the incident: title, level, times, roles, timeline', async () => {
		const T0 = Date.now() - 40 * 60_000;
		const nextId = eventIds();
		const declared = declareIncident(
			{ title: 'Queue stuck', severity: 'major', detectedAt: T0 },
			T0,
			nextId,
			['major', 'minor'],
		);
		if (!declared.ok) throw new Error('not declared');
		let incident = record(declared.incident, { type: 'acknowledged' }, T0 + 3 * 60_000, nextId);
		incident = record(
			incident,
			{ type: 'role-assigned', role: 'commander', person: 'Ana' },
			T0 + 4 * 60_000,
			nextId,
		);
		localStorage.setItem(STORE_KEY, JSON.stringify(withIncident(emptyStore(), incident)));
		history.replaceState(null, '', `/tools/templates/status-update/?incident=${incident.id}`);
		render(<TemplateFiller data={data} />);
		await waitFor(() => expect(preview()).toContain('Queue stuck'));
		expect(preview()).toContain('**Severity:** MAJ (Major)');
		expect(preview()).toContain('Commander: Ana');
		expect(preview()).toMatch(/\| \d{4}-\d\d-\d\d \d\d:\d\d UTC \| Acknowledged \|/);
		expect(screen.getByText(/Filled from the incident “Queue stuck”/)).toBeTruthy();
	});

	test('the P0–P3 handbook’s template fills with its own labels', async () => {
		const p0p3 = fillerDataFor(fixtureDir('content-p0-p3'), 'initial-report');
		const nextId = eventIds();
		const level = p0p3.clock.levels[0]!;
		const declared = declareIncident(
			{ title: 'Agents stuck', severity: level.id, detectedAt: Date.now() },
			Date.now(),
			nextId,
			[level.id],
		);
		if (!declared.ok) throw new Error('not declared');
		localStorage.setItem(STORE_KEY, JSON.stringify(withIncident(emptyStore(), declared.incident)));
		history.replaceState(
			null,
			'',
			`/tools/templates/initial-report/?incident=${declared.incident.id}`,
		);
		render(<TemplateFiller data={p0p3} />);
		await waitFor(() => expect(preview()).toContain('Agents stuck'));
		expect(preview()).toContain(`**Severity:** ${level.label} (${level.aliases.join(', ')})`);
	});
});

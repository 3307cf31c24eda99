import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import SeverityPractice from '../../src/components/islands/SeverityPractice/SeverityPractice.tsx';
import { buildPracticeData } from '../../src/lib/views/practice-view.ts';
import { dataSchemas } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { FIXTURE_P0_P3, loadContent } from '../support/content.ts';

// The P0–P3 organisation has no scenarios of its own: two stories in its terms.
const scenario = (id: string, raw: Record<string, unknown>) => ({
	id,
	data: dataSchemas(plainReference).scenarios.parse(raw),
});
const data = buildPracticeData({
	...loadContent(FIXTURE_P0_P3),
	scenarios: [
		scenario('leaked-key', {
			title: 'A leaked API key',
			story: 'A key shows up in a public repository.\n\nNothing is down.',
			expected: 'p0',
			answers: { security: 'yes' },
			debrief: 'A breach is P0 even when nothing is down.',
		}),
		scenario('typo', {
			title: 'Typo on the pricing page',
			story: 'A customer reports a typo.',
			expected: 'p3',
			answers: { scope: 'cosmetic', security: 'no' },
			debrief: 'Cosmetic, whoever noticed it.',
		}),
	],
});

const params = () => Object.fromEntries(new URLSearchParams(location.search));
const radio = (group: string, option: string) =>
	screen
		.getByRole('group', { name: group })
		.querySelector<HTMLInputElement>(`input[value="${option}"]`)!;

describe('SeverityPractice', () => {
	beforeEach(() => history.replaceState(null, '', '/training/severity-practice/?from=onboarding'));
	afterEach(cleanup);

	test('answers go into the URL beside its other parameters, and a check gives the verdict', () => {
		render(<SeverityPractice data={data} />);
		const check = screen.getByRole('button', { name: 'Check my answer' });
		expect(check).toHaveProperty('disabled', true);
		fireEvent.click(radio('Is security compromised?', 'yes'));
		expect(params()).toEqual({ from: 'onboarding', security: 'yes', scenario: 'leaked-key' });
		fireEvent.click(check);
		const result = screen.getByRole('region', { name: 'Your call' });
		expect(result.textContent).toContain('Right: P0');
		expect(result.textContent).toContain('A breach is P0 even when nothing is down.');
	});

	test('a shared link opens its scenario with its answers, unchecked', async () => {
		history.replaceState(null, '', '?from=onboarding&scenario=typo&scope=major-feature');
		render(<SeverityPractice data={data} />);
		await waitFor(() =>
			expect(screen.getByLabelText<HTMLSelectElement>('Scenario').value).toBe('1'),
		);
		expect(radio('What is broken?', 'major-feature').checked).toBe(true);
		expect(screen.queryByText(/Your answers give/)).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByText('Your answers give P1; expected P3')).toBeTruthy();
		expect(screen.getByText('(you: A major feature)', { exact: false })).toBeTruthy();
	});

	test('another scenario starts with no answers, and the URL keeps its other parameters', async () => {
		history.replaceState(null, '', '?from=onboarding&scope=cosmetic');
		render(<SeverityPractice data={data} />);
		await waitFor(() => expect(radio('What is broken?', 'cosmetic').checked).toBe(true));
		fireEvent.click(screen.getByRole('button', { name: 'Next scenario' }));
		expect(radio('What is broken?', 'cosmetic').checked).toBe(false);
		expect(params()).toEqual({ from: 'onboarding', scenario: 'typo' });
		expect(screen.queryByRole('button', { name: 'Next scenario' })).toBeNull();
	});
});

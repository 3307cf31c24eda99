import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import SeverityCalculator from '../../src/components/islands/SeverityCalculator/SeverityCalculator.tsx';
import { calculatorDataFor, FIXTURE_P0_P3 } from '../support/content.ts';

// The island over a second organisation's P0–P3 content, with the props the page wrapper builds.
const data = calculatorDataFor(FIXTURE_P0_P3);
const { model } = data;

const group = (name: string) => screen.getByRole('group', { name });

describe('SeverityCalculator', () => {
	beforeEach(() => history.replaceState(null, '', '/tools/severity/'));

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
		await screen.findByText('Incident channel: #inc-checkout-down');
	});
});

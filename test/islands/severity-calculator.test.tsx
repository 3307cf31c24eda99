import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import SeverityCalculator from '../../src/components/islands/SeverityCalculator/SeverityCalculator.tsx';
import type { CalculatorData } from '../../src/lib/severity/calculator-data.ts';
import { loadContent } from '../support/content.ts';

// The island over the real default assessment, with the level details the wrapper would pass.
const { model, severities } = loadContent();
const data: CalculatorData = {
	model,
	levels: severities.map(({ id, data: s }) => ({
		id,
		label: s.label,
		aliases: s.aliases,
		name: s.name,
		color: s.color,
		rank: s.rank,
		summary: s.summary,
		responseMinutes: s.responseMinutes,
		coverage: s.coverage,
		updateEveryMinutes: s.updateEveryMinutes,
		notify: s.notify.map((ref) => ref.id),
		opens: s.opens,
		postmortem: s.postmortem,
		paging: [{ afterMinutes: 0, targets: ['Primary on-call'] }],
	})),
	runbooksByLevel: { sev2: [{ id: 'runbooks/high-error-rate', title: 'High error rate' }] },
	incidentChannel: '#incident-{date}-{slug}',
	statusPageUrl: 'https://status.example.com',
};

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
		fireEvent.click(
			within(group('What share of requests is failing?')).getByLabelText('More than 5 %'),
		);
		expect(document.querySelector('.fbc__level strong')?.textContent).toBe('SEV2');
		expect(screen.getByText('More than 5 % of requests failing is SEV2.')).toBeTruthy();
		expect(location.search).toBe('?errors=over-5');
	});

	test('reads answers from the URL after hydration and ignores values it does not know', async () => {
		history.replaceState(null, '', '/tools/severity/?security=confirmed&impact=%3Cscript%3E');
		render(<SeverityCalculator data={data} />);
		await screen.findByText('A confirmed security exposure is SEV1 whatever else is true.');
		expect(document.querySelector('.fbc__level strong')?.textContent).toBe('SEV1');
		expect(
			within(group('What is affected?'))
				.getAllByRole('radio')
				.some((radio) => (radio as HTMLInputElement).checked),
		).toBe(false);
	});

	test('names the incident channel from the organisation’s pattern and the title', async () => {
		history.replaceState(null, '', '/tools/severity/?impact=full-outage&title=Checkout%20down');
		render(<SeverityCalculator data={data} />);
		await screen.findByText(/^Incident channel: #incident-\d{4}-\d\d-\d\d-checkout-down$/);
	});
});

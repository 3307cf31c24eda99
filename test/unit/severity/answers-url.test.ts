import { describe, expect, test } from 'vitest';
import { readAnswers, writeAnswers } from '../../../src/lib/severity/answers-url.ts';
import { UNSURE } from '../../../src/lib/severity/model.ts';
import { loadContent } from '../../support/content.ts';

const { model } = loadContent();

describe('answers in the URL', () => {
	test('round-trip, keeping unrelated parameters', () => {
		const search = writeAnswers(
			model,
			{ impact: 'core-down', users: UNSURE },
			'?runbook=runbooks%2Fhigh-error-rate',
		);
		expect(readAnswers(model, search)).toEqual({ impact: 'core-down', users: UNSURE });
		expect(new URLSearchParams(search).get('runbook')).toBe('runbooks/high-error-rate');
	});
	test('drop unknown questions and options from a hand-edited link', () => {
		expect(readAnswers(model, '?impact=meltdown&users=all&foo=bar')).toEqual({ users: 'all' });
	});
	test('clearing an answer removes it from the URL', () => {
		expect(writeAnswers(model, {}, '?impact=core-down')).toBe('');
	});
});

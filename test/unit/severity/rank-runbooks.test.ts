import { expect, test } from 'vitest';
import { rankRunbooks, RUNBOOKS_SHOWN } from '../../../src/lib/severity/rank-runbooks.ts';
import { runbooksByAnswer } from '../../../src/lib/views/calculator-view.ts';

const runbook = (id: string, fits: Record<string, string[]> = {}) => ({
	id: `runbooks/${id}`,
	data: { title: id, severities: [], fits },
});
const runbooks = [
	runbook('suspicious-access', { security: ['confirmed', 'suspected'] }),
	runbook('restore', { data: ['lost'] }),
	runbook('error-rate', { errors: ['high'], security: ['confirmed'] }),
];
const links = (...ids: string[]) => ids.map((id) => ({ id: `runbooks/${id}`, title: id }));
const data = {
	runbooksByAnswer: runbooksByAnswer(runbooks),
	runbooksByLevel: { sev2: links('agent-failures', 'error-rate', 'queue') },
};

test('runbooks the answers point to come first, those matching more answers before others', () => {
	const { shown } = rankRunbooks(data, { security: 'confirmed', errors: 'high' }, 'sev2');
	expect(shown.map((item) => item.title)).toEqual([
		'error-rate',
		'suspicious-access',
		'agent-failures',
		'queue',
	]);
});

test('without answers that point anywhere, the level’s usual runbooks are offered', () => {
	expect(rankRunbooks(data, { impact: 'down' }, 'sev2').shown.map((item) => item.title)).toEqual([
		'agent-failures',
		'error-rate',
		'queue',
	]);
});

test('a few are shown, with word that there are more; the runbook the reader came from is not', () => {
	const many = { sev2: links(...Array.from({ length: 9 }, (_, index) => `r${index}`)) };
	const ranked = rankRunbooks({ ...data, runbooksByLevel: many }, {}, 'sev2', 'runbooks/r0');
	expect(ranked.shown).toHaveLength(RUNBOOKS_SHOWN);
	expect(ranked.shown.map((item) => item.id)).not.toContain('runbooks/r0');
	expect(ranked.more).toBe(true);
	expect(rankRunbooks(data, {}, 'sev2').more).toBe(false);
});

test('the index keeps a handful per answer, however many runbooks point to it', () => {
	const crowd = Array.from({ length: 50 }, (_, index) =>
		runbook(`r${index}`, { security: ['confirmed'] }),
	);
	expect(runbooksByAnswer(crowd)['security=confirmed']).toHaveLength(5);
});

// Which runbooks the calculator offers: those the answers point to first (a security exposure →
// the suspicious-access runbook), then those usual at the level; a few, not every one.
import { answerKey, type RunbookLink } from '../views/calculator-view.ts';
import type { Answers } from './model.ts';

export const RUNBOOKS_SHOWN = 5;

export function rankRunbooks(
	data: {
		runbooksByAnswer: Readonly<Record<string, readonly RunbookLink[]>>;
		runbooksByLevel: Readonly<Record<string, readonly RunbookLink[]>>;
	},
	answers: Answers,
	level: string,
	exclude?: string,
): { shown: RunbookLink[]; more: boolean } {
	const score = new Map<string, { runbook: RunbookLink; hits: number; order: number }>();
	let order = 0;
	const add = (runbook: RunbookLink, hits: number) => {
		if (runbook.id === exclude) return;
		const known = score.get(runbook.id);
		if (known) known.hits += hits;
		else score.set(runbook.id, { runbook, hits, order: order++ });
	};
	for (const [questionId, optionId] of Object.entries(answers)) {
		for (const runbook of data.runbooksByAnswer[answerKey(questionId, optionId)] ?? []) {
			add(runbook, 1);
		}
	}
	for (const runbook of data.runbooksByLevel[level] ?? []) add(runbook, 0);
	const ranked = [...score.values()].sort((a, b) => b.hits - a.hits || a.order - b.order);
	return {
		shown: ranked.slice(0, RUNBOOKS_SHOWN).map((item) => item.runbook),
		more: ranked.length > RUNBOOKS_SHOWN,
	};
}

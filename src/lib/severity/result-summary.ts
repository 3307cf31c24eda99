// The calculator's result as one Markdown line to paste into a channel: the level, the reasons
// that set it, the response time and how many answers were rounded up.
import { labelWithAliases, type LevelView } from '../views/level-view.ts';
import { responseText } from './level-facts.ts';
import { UNSURE, type Answers } from './model.ts';

export function resultSummary(
	level: Pick<LevelView, 'label' | 'aliases' | 'responseMinutes'>,
	/** The reasons that set the level, in order. */
	setting: readonly { text: string }[],
	answers: Answers,
	title?: string,
): string {
	const named = title?.trim();
	const unsure = Object.values(answers).filter((answer) => answer === UNSURE).length;
	return (
		`**${labelWithAliases(level)}**` +
		(named ? ` ${named}:` : ':') +
		` ${setting.map((reason) => reason.text).join(' ')}` +
		(level.responseMinutes === null
			? ''
			: ` Respond within ${responseText(level.responseMinutes)}.`) +
		(unsure ? ` (${unsure} answer${unsure === 1 ? '' : 's'} not sure, rounded up.)` : '')
	);
}

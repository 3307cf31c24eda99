// What a level means for the incident at hand, as the calculator's result lists it: how fast to
// respond, how often to update, what is opened (with this incident's channel name and the status
// page's address filled in) and the post-mortem. Pure: `now` is passed in. Worded by level-facts.
import { incidentChannelName } from '../incident/channel-name.ts';
import type { LevelView } from '../views/level-view.ts';
import { cadenceText, openedItems, postmortemText, respondWithinText } from './level-facts.ts';

/**
 * The status-page states, in order. Typed here rather than imported from the schema, which would
 * bring zod into the calculator's JavaScript; `LevelView['updateEveryMinutes']` keeps the two in step.
 */
const STATES = [
	'investigating',
	'identified',
	'monitoring',
] as const satisfies readonly (keyof LevelView['updateEveryMinutes'])[];

export interface ResultFacts {
	respondWithin: string;
	updates: { state: string; every: string }[];
	/** What is opened, in the organisation's words; empty when nothing is. */
	open: string[];
	postmortem: string;
}

export function describeLevelFacts(
	level: Pick<
		LevelView,
		'responseMinutes' | 'coverage' | 'updateEveryMinutes' | 'opens' | 'postmortem'
	>,
	incident: {
		/** The organisation's channel pattern, e.g. `#incident-{date}-{slug}`. */
		incidentChannel: string;
		statusPageUrl: string;
		now: Date;
		title?: string | undefined;
	},
): ResultFacts {
	return {
		respondWithin: respondWithinText(level.responseMinutes, level.coverage),
		updates: STATES.map((state) => ({
			state,
			every: cadenceText(level.updateEveryMinutes[state]),
		})),
		open: openedItems(level.opens, {
			'incident-channel': incidentChannelName(
				incident.incidentChannel,
				incident.now,
				incident.title,
			),
			'status-page': incident.statusPageUrl,
		}),
		postmortem: postmortemText(level.postmortem),
	};
}

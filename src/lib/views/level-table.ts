// Tables with a row per level (or per rule that sets one) as data: what each column is called and
// what each cell says. One component renders them all (src/components/parts/LevelTable.astro), so
// every such table has the same scaffold: a caption, a header row, and a row whose key cell is the
// level's badge; on a phone each row becomes a card led by that badge. The wording comes from
// src/lib/severity/level-facts.ts, as everywhere else.
import { STATUS_STATES, type SeverityData } from '../../schemas/severity.ts';
import {
	cadenceText,
	coverageText,
	isPublic,
	postmortemDueText,
	postmortemNeedText,
	responseText,
} from '../severity/level-facts.ts';
import type { ParsedEntry } from './level-view.ts';

/** What a level's badge shows (src/components/parts/SeverityBadge.astro). */
export type BadgeLevel = ParsedEntry<Pick<SeverityData, 'label' | 'aliases' | 'color' | 'summary'>>;

export type LevelTableCell =
	| { kind: 'text'; text: string }
	/** The row's key: the level's badge, as the row's header cell, linked where `href` is given. */
	| { kind: 'level'; level: BadgeLevel; showAliases: boolean; href?: string | undefined }
	/** Question label → the answers that match, one per line (src/components/parts/MatrixConditions.astro). */
	| { kind: 'conditions'; conditions: readonly (readonly [string, string])[] };

export interface LevelTableColumn {
	label: string;
	/** A class for the column's header cell, e.g. `fb-state` to capitalise a state's name. */
	class?: string;
}

export interface LevelTableRow {
	/** `data-*` attributes of the row, in order: what tests and scripts read from the page. */
	attributes?: Record<string, string>;
	cells: LevelTableCell[];
}

export interface LevelTable {
	caption: string;
	/** The caption is for screen readers only where the heading above already says it. */
	captionHidden: boolean;
	/** A class for the table element. */
	class?: string;
	columns: LevelTableColumn[];
	rows: LevelTableRow[];
}

/** A cell that says `value`. */
export const text = (value: string): LevelTableCell => ({ kind: 'text', text: value });

type Level = ParsedEntry<SeverityData>;

/**
 * The key cell of a level's row. `href` gives the link for a level id, where the badge links
 * somewhere (its section, the severity levels page).
 */
export const levelCell = (
	level: BadgeLevel,
	showAliases: boolean,
	href?: (id: string) => string,
): LevelTableCell => ({ kind: 'level', level, showAliases, href: href?.(level.id) });

/** `<SeverityLevels />`: each level at a glance, linked to its section below. */
export const levelsAtAGlance = (levels: readonly Level[]): LevelTable => ({
	caption: 'Severity levels at a glance',
	captionHidden: true,
	columns: [
		{ label: 'Level' },
		{ label: 'Means' },
		{ label: 'Respond within' },
		{ label: 'Coverage' },
	],
	rows: levels.map((level) => ({
		cells: [
			levelCell(level, true, (id) => `#${id}`),
			text(level.data.summary),
			text(responseText(level.data.responseMinutes)),
			text(coverageText(level.data.coverage)),
		],
	})),
});

/**
 * `<SeverityQuickReference />`: response and update targets. `href` links each level to its
 * section of the severity levels page, where the handbook has one.
 */
export const quickReference = (
	levels: readonly Level[],
	href: ((id: string) => string) | undefined,
): LevelTable => ({
	caption: 'Severity levels: response and update targets',
	captionHidden: true,
	columns: [
		{ label: 'Level' },
		{ label: 'When' },
		{ label: 'Respond within' },
		{ label: 'Updates while investigating' },
	],
	rows: levels.map((level) => ({
		cells: [
			levelCell(level, true, href),
			text(level.data.summary),
			text(responseText(level.data.responseMinutes)),
			text(cadenceText(level.data.updateEveryMinutes.investigating)),
		],
	})),
});

/** `<UpdateCadence />`: how often to post an update, per level and status-page state. */
export const updateCadence = (levels: readonly Level[]): LevelTable => ({
	caption: 'Status updates: how often, by severity and status-page state',
	captionHidden: false,
	columns: [
		{ label: 'Level' },
		...STATUS_STATES.map((state) => ({ label: state, class: 'fb-state' })),
		{ label: 'Status page' },
	],
	rows: levels.map((level) => ({
		cells: [
			levelCell(level, false),
			...STATUS_STATES.map((state) => text(cadenceText(level.data.updateEveryMinutes[state]))),
			text(isPublic(level.data.opens) ? 'Yes' : 'No'),
		],
	})),
});

/** `<PostmortemDeadlines />`: which levels need a post-mortem, and by when. */
export const postmortemDeadlines = (levels: readonly Level[]): LevelTable => ({
	caption: 'Post-mortems by severity',
	captionHidden: false,
	columns: [{ label: 'Level' }, { label: 'Post-mortem' }, { label: 'Draft due' }],
	rows: levels.map((level) => ({
		cells: [
			levelCell(level, false),
			text(postmortemNeedText(level.data.postmortem.required)),
			text(postmortemDueText(level.data.postmortem.dueHours)),
		],
	})),
});

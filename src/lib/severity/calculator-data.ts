// Everything the severity calculator island needs, as plain serialisable data built at build
// time from the content collections (src/components/SeverityCalculator.astro).
import type { AssessmentModel } from './model.ts';

export interface EscalationStepView {
	afterMinutes: number;
	/** Role names, in order. */
	targets: string[];
}

export interface LevelView {
	id: string;
	label: string;
	aliases: string[];
	name: string;
	color: string;
	rank: number;
	summary: string;
	responseMinutes: number;
	coverage: '24/7' | 'business-hours';
	updateEveryMinutes: {
		investigating: number | null;
		identified: number | null;
		monitoring: number | null;
	};
	/** Role names notified when declared. */
	notify: string[];
	opens: {
		incidentChannel: boolean;
		bridge: boolean;
		statusPage: boolean;
		customerComms: boolean;
		execLiaison: boolean;
	};
	postmortem: { required: boolean; dueHours: number | null };
	/** The paging chain of the level's escalation policy. */
	paging: EscalationStepView[];
}

export interface RunbookLink {
	id: string;
	title: string;
}

export interface RunbookView {
	id: string;
	title: string;
	/** Severity ids, most likely first. */
	severities: string[];
}

export interface CalculatorData {
	model: AssessmentModel;
	/** Most severe first. */
	levels: LevelView[];
	/** Level id → runbooks that fit it, at most a handful each. */
	runbooksByLevel: Record<string, RunbookLink[]>;
	incidentChannel: string;
	statusPageUrl: string;
}

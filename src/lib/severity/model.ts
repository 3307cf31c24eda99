// The calculator's view of the assessment: plain, serialisable data (islands receive it as props).

export interface OptionModel {
	id: string;
	label: string;
}

export interface QuestionModel {
	id: string;
	label: string;
	help?: string | undefined;
	/** From the most severe to the least. */
	options: OptionModel[];
	allowUnsure: boolean;
}

export interface RuleModel {
	id: string;
	/** Question id → the option ids that match. */
	when: Record<string, string[]>;
	/** Severity id. */
	level: string;
	reason: string;
}

/** At most `level` while `when` holds and nothing in `unless` does. */
export interface CeilingModel {
	id: string;
	when: Record<string, string[]>;
	unless: Record<string, string[]>;
	level: string;
	reason: string;
}

/** People brought in because of what is true. */
export interface BringInModel {
	id: string;
	when: Record<string, string[]>;
	/** Role ids, in order. */
	roles: string[];
	reason: string;
}

export interface LevelRank {
	id: string;
	/** 1 is the most severe. */
	rank: number;
}

export interface AssessmentModel {
	questions: QuestionModel[];
	rules: RuleModel[];
	ceilings: CeilingModel[];
	bringIn: BringInModel[];
	levels: LevelRank[];
}

/** The answer that means "I don't know": it counts as every option the question has. */
export const UNSURE = 'unsure';

/** Question id → option id or {@link UNSURE}. */
export type Answers = Readonly<Record<string, string>>;

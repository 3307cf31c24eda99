// The calculator's view of the assessment: plain, serialisable data (islands receive it as props).

import type { BringInData, CeilingData, QuestionData, RuleData } from '../../schemas/assessment.ts';
import type { SeverityData } from '../../schemas/severity.ts';

/** An entry's fields with its references (`{ collection, id }`) flattened to the ids. */
type WithIds<T, K extends keyof T> = Omit<T, K> & {
	[P in K]: T[P] extends readonly unknown[] ? string[] : string;
};

/** Options are listed from the most severe to the least. */
export type QuestionModel = QuestionData;
export type OptionModel = QuestionModel['options'][number];
/** `when`: question id → the option ids that match; `level`: a severity id. */
export type RuleModel = WithIds<RuleData, 'level'>;
/** At most `level` while `when` holds and nothing in `unless` does. */
export type CeilingModel = WithIds<CeilingData, 'level'>;
/** People (role ids, in order) brought in because of what is true. */
export type BringInModel = WithIds<BringInData, 'roles'>;
/** A level's id and rank (1 is the most severe). */
export type LevelRank = { id: string } & Pick<SeverityData, 'rank'>;

/** The assessment as the calculator needs it: the matrix's column choice is the page's alone. */
export type AssessmentModel = {
	questions: QuestionModel[];
	rules: RuleModel[];
	ceilings: CeilingModel[];
	bringIn: BringInModel[];
	levels: LevelRank[];
};

/** The answer that means "I don't know": it counts as every option the question has. */
export const UNSURE = 'unsure';

/** Question id → option id or {@link UNSURE}. */
export type Answers = Readonly<Record<string, string>>;

import type { QuestionModel } from '../../../lib/severity/model.ts';
import { UNSURE } from '../../../lib/severity/model.ts';

interface Props {
	questions: QuestionModel[];
	answers: Readonly<Record<string, string>>;
	onAnswer: (questionId: string, optionId: string) => void;
	/** Prefix for ids and radio names, so two forms can share a page. */
	idPrefix: string;
}

/** The assessment's questions as fieldsets of radios, from the data; used by the calculator and practice. */
export default function QuestionGroups({ questions, answers, onAnswer, idPrefix }: Props) {
	return (
		<>
			{questions.map((question) => {
				const helpId = `${idPrefix}-help-${question.id}`;
				const options = [
					...question.options,
					...(question.allowUnsure ? [{ id: UNSURE, label: 'Not sure (rounds up)' }] : []),
				];
				return (
					<fieldset
						key={question.id}
						class="fbc__question"
						aria-describedby={question.help ? helpId : undefined}
					>
						<legend>{question.label}</legend>
						{question.help && (
							<p class="fbc__help" id={helpId}>
								{question.help}
							</p>
						)}
						{options.map((option) => (
							<label key={option.id} class="fbc__option">
								<input
									type="radio"
									name={`${idPrefix}-${question.id}`}
									value={option.id}
									checked={answers[question.id] === option.id}
									onChange={() => onAnswer(question.id, option.id)}
								/>
								<span>{option.label}</span>
							</label>
						))}
					</fieldset>
				);
			})}
		</>
	);
}

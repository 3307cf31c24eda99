import { useEffect, useMemo, useState } from 'preact/hooks';
import { comparePractice } from '../../../lib/severity/practice.ts';
import type { PracticeData } from '../../../lib/views/practice-view.ts';
import QuestionGroups from '../shared/QuestionGroups.tsx';
import '../shared/controls.css';
import '../SeverityCalculator/severity-calculator.css';

/**
 * Severity practice: read a story, answer the calculator's questions, then check whether your
 * answers give the expected level and why. The scenario and answers stay in the URL, so a reload
 * or a shared link keeps them.
 */
export default function SeverityPractice({ data }: { data: PracticeData }) {
	const [index, setIndex] = useState(0);
	const [answers, setAnswers] = useState<Record<string, string>>({});
	const [checked, setChecked] = useState(false);
	const scenario = data.scenarios[index]!;
	const outcome = useMemo(
		() => comparePractice(data.model, scenario, answers),
		[data, scenario, answers],
	);
	const label = (id: string | null) =>
		data.levels.find((level) => level.id === id)?.label ?? 'no level';

	useEffect(() => {
		const params = new URLSearchParams(location.search);
		const found = data.scenarios.findIndex((s) => s.id === params.get('scenario'));
		if (found >= 0) setIndex(found);
	}, [data]);

	const choose = (next: number) => {
		setIndex(next);
		setAnswers({});
		setChecked(false);
		history.replaceState(null, '', `?scenario=${encodeURIComponent(data.scenarios[next]!.id)}`);
	};

	return (
		<div class="fbc not-content">
			<div class="fbc__questions">
				<p class="fb-field">
					<label for="fbp-scenario">Scenario</label>
					<select
						id="fbp-scenario"
						value={String(index)}
						onChange={(event) => choose(Number(event.currentTarget.value))}
					>
						{data.scenarios.map((s, i) => (
							<option key={s.id} value={String(i)}>
								{i + 1}. {s.title}
							</option>
						))}
					</select>
				</p>
				<blockquote class="fbp__story">
					<p>
						<strong>{scenario.title}</strong>
					</p>
					{scenario.story.split('\n\n').map((paragraph) => (
						<p key={paragraph}>{paragraph}</p>
					))}
				</blockquote>
				<QuestionGroups
					questions={data.model.questions}
					answers={answers}
					onAnswer={(questionId, optionId) => {
						setAnswers({ ...answers, [questionId]: optionId });
						setChecked(false);
					}}
					idPrefix="fbp"
				/>
			</div>
			<section class="fbc__result" aria-labelledby="fbp-result-title">
				<h2 id="fbp-result-title">Your call</h2>
				<div class="fbc__actions">
					<button
						type="button"
						class="fb-button fb-button--primary"
						onClick={() => setChecked(true)}
						disabled={Object.keys(answers).length === 0}
					>
						Check my answer
					</button>
					{index + 1 < data.scenarios.length && (
						<button type="button" class="fb-button" onClick={() => choose(index + 1)}>
							Next scenario
						</button>
					)}
				</div>
				<div aria-live="polite">
					{checked && (
						<>
							<p class="fbc__level">
								<strong>
									{outcome.match
										? `Right: ${label(outcome.yours)}`
										: `Your answers give ${label(outcome.yours)}; expected ${label(outcome.expected)}`}
								</strong>
							</p>
							{outcome.reasons.length > 0 && (
								<>
									<h3 class="fbc__subheading">Why your answers give {label(outcome.yours)}</h3>
									<ul>
										{outcome.reasons.map((reason) => (
											<li key={reason}>{reason}</li>
										))}
									</ul>
								</>
							)}
							<h3 class="fbc__subheading">The reference answers</h3>
							<ul>
								{outcome.reference.map((item) => (
									<li key={item.question}>
										{item.question} <strong>{item.answer}</strong>
										{!item.same && (
											<span class="fbc__assumed"> (you: {item.yours ?? 'no answer'})</span>
										)}
									</li>
								))}
							</ul>
							<h3 class="fbc__subheading">Debrief</h3>
							<p>{scenario.debrief}</p>
						</>
					)}
				</div>
			</section>
		</div>
	);
}

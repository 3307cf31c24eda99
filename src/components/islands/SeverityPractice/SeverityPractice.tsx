import type { PracticeData } from '../../../lib/views/practice-view.ts';
import QuestionGroups from '../shared/QuestionGroups.tsx';
import { useSeverityPractice } from './useSeverityPractice.ts';
import '../shared/controls.css';

// Its own styles (severity-practice.css) are linked by the page wrapper,
// src/components/SeverityPractice.astro, as a file: imported here, Astro would inline a stylesheet
// this small into the training page, and Astro's Content-Security-Policy has no hash for styles
// inlined into content pages, so the browser would refuse them.

/**
 * Severity practice: read a story, answer the calculator's questions, then check whether your
 * answers give the expected level and why. The scenario and answers stay in the URL, so a reload
 * or a shared link keeps them.
 */
export default function SeverityPractice({ data }: { data: PracticeData }) {
	const practice = useSeverityPractice(data);
	const { scenario, verdict } = practice;

	return (
		<div class="fbp fb-panes not-content">
			<div class="fbp__questions">
				<p class="fb-field">
					<label for="fbp-scenario">Scenario</label>
					<select
						id="fbp-scenario"
						value={String(practice.index)}
						onChange={(event) => practice.choose(Number(event.currentTarget.value))}
					>
						{practice.choices.map((choice) => (
							<option key={choice.value} value={choice.value}>
								{choice.label}
							</option>
						))}
					</select>
				</p>
				<blockquote class="fbp__story">
					<p>
						<strong>{scenario.title}</strong>
					</p>
					{practice.paragraphs.map((paragraph) => (
						<p key={paragraph}>{paragraph}</p>
					))}
				</blockquote>
				<QuestionGroups
					questions={data.model.questions}
					answers={practice.answers}
					onAnswer={practice.answer}
					idPrefix="fbp"
				/>
			</div>
			<section class="fbp__result fb-panes__answer" aria-labelledby="fbp-result-title">
				<h2 id="fbp-result-title">Your call</h2>
				<div class="fb-buttons">
					<button
						type="button"
						class="fb-button fb-button--primary"
						onClick={practice.check}
						disabled={!practice.canCheck}
					>
						Check my answer
					</button>
					{practice.next !== undefined && (
						<button type="button" class="fb-button" onClick={() => practice.choose(practice.next!)}>
							Next scenario
						</button>
					)}
				</div>
				<div aria-live="polite">
					{practice.checked && (
						<>
							<p class="fbp__verdict">
								<strong>{verdict.headline}</strong>
							</p>
							{verdict.why && (
								<>
									<h3 class="fbp__subheading">{verdict.why.heading}</h3>
									<ul>
										{verdict.why.reasons.map((reason) => (
											<li key={reason}>{reason}</li>
										))}
									</ul>
								</>
							)}
							<h3 class="fbp__subheading">The reference answers</h3>
							<ul>
								{verdict.reference.map((item) => (
									<li key={item.question}>
										{item.question} <strong>{item.answer}</strong>
										{item.yours && <span class="fbp__yours"> {item.yours}</span>}
									</li>
								))}
							</ul>
							<h3 class="fbp__subheading">Debrief</h3>
							<p>{verdict.debrief}</p>
						</>
					)}
				</div>
			</section>
		</div>
	);
}

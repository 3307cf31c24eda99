import type { CalculatorData } from '../../../lib/views/calculator-view.ts';
import type { ResultView } from '../../../lib/severity/describe-result.ts';
import { sitePath } from '../../../site-path.ts';
import QuestionGroups from '../shared/QuestionGroups.tsx';
import { useSeverityCalculator } from './useSeverityCalculator.ts';
import '../shared/controls.css';
import './severity-calculator.css';

interface Props {
	data: CalculatorData;
	headingLevel?: 2 | 3;
}

export default function SeverityCalculator({ data, headingLevel = 2 }: Props) {
	const calc = useSeverityCalculator(data);
	const Heading = `h${headingLevel}` as 'h2';
	const { view } = calc;
	const unanswered = calc.result.unanswered.length;

	return (
		<div class="fbc fb-panes not-content">
			<form
				class="fbc__questions"
				onSubmit={(event) => event.preventDefault()}
				aria-label="Severity questions"
			>
				{/* On a phone the result follows the questions; this bar keeps the level on screen while
				    they scroll past and jumps to the full result. Hidden where the result sits beside
				    them. Inside the form, so it sticks only while the questions are on screen. */}
				<a
					class="fbc__bar"
					href="#fbc-result-title"
					style={view ? { '--fb-severity': view.level.color } : {}}
				>
					<span class="fbc__bar-level">
						{view ? (
							<>
								<span class="fbc__swatch" aria-hidden="true" />
								<strong>{view.level.label}</strong>
							</>
						) : (
							'No level yet'
						)}
					</span>
					<span class="fbc__bar-left">
						{unanswered === 0
							? 'all answered'
							: `${unanswered} question${unanswered === 1 ? '' : 's'} left`}
					</span>
					<span class="fbc__bar-go">See result</span>
				</a>
				<p class="fb-field">
					<label for="fbc-title">What is happening, in a few words (optional)</label>
					<input
						id="fbc-title"
						type="text"
						value={calc.title}
						autocomplete="off"
						placeholder="e.g. API errors after deploy"
						onInput={(event) => calc.setTitle(event.currentTarget.value)}
					/>
				</p>
				<QuestionGroups
					questions={data.model.questions}
					answers={calc.answers}
					onAnswer={calc.answer}
					idPrefix="fbc"
				/>
			</form>

			<section class="fbc__result fb-panes__answer" aria-labelledby="fbc-result-title">
				<Heading id="fbc-result-title">Result</Heading>
				{/* Announces the level once per change, not on every click. */}
				<p class="sr-only" aria-live="polite" aria-atomic="true">
					{view ? `Severity ${view.level.label}, ${view.level.name}` : ''}
				</p>
				{!view ? (
					<p>Answer the questions to see the severity. Nothing is assumed until you do.</p>
				) : (
					<>
						<p class="fbc__level" style={{ '--fb-severity': view.level.color }}>
							<span class="fbc__swatch" aria-hidden="true" />
							<strong>{view.level.label}</strong>
							{view.level.aliases.length > 0 && <span> ({view.level.aliases.join(', ')})</span>}
							{!view.level.aliases.includes(view.level.name) && <span>: {view.level.name}</span>}
						</p>
						<p>{view.level.summary}</p>
						{unanswered > 0 && (
							<p class="fbc__help">
								{unanswered} question{unanswered === 1 ? '' : 's'} unanswered: answering{' '}
								{unanswered === 1 ? 'it' : 'them'} can only raise the level.
							</p>
						)}
						<Heading class="fbc__subheading">Why</Heading>
						<ReasonList reasons={view.setting} />
						{view.alsoTrue.length > 0 && (
							<details class="fbc__also">
								<summary>Also true ({view.alsoTrue.length})</summary>
								<ReasonList reasons={view.alsoTrue} />
							</details>
						)}
						<dl class="fbc__facts">
							<dt>Respond within</dt>
							<dd>{view.respondWithin}</dd>
							<dt>Post updates</dt>
							<dd>
								<ul>
									{view.updates.map((update) => (
										<li key={update.state}>
											<span class="fbc__state">{update.state}</span>: {update.every}
										</li>
									))}
								</ul>
							</dd>
							<dt>Page</dt>
							<dd>
								{view.pagesNobody ? (
									<p>Nobody is paged at this level.</p>
								) : (
									<ol>
										{view.page.map((step) => (
											<li key={step.when}>
												{step.when}: <strong>{step.who}</strong>
											</li>
										))}
									</ol>
								)}
								{view.level.notify.length > 0 && <p>Notify: {view.level.notify.join(', ')}</p>}
							</dd>
							{view.bringIn.length > 0 && (
								<>
									<dt>Bring in now</dt>
									<dd>
										<ul>
											{view.bringIn.map((item) => (
												<li key={item.id}>
													<strong>{item.who}</strong>: {item.reason}
													<Assumed texts={item.assumed} />
												</li>
											))}
										</ul>
									</dd>
								</>
							)}
							{view.whileUnresolved.length > 0 && (
								<>
									<dt>While unresolved</dt>
									<dd>
										<ul>
											{view.whileUnresolved.map((step) => (
												<li key={step.when}>
													{step.when}: <strong>{step.who}</strong>
												</li>
											))}
										</ul>
									</dd>
								</>
							)}
							{view.open.length > 0 && (
								<>
									<dt>Open</dt>
									<dd>
										<ul>
											{view.open.map((item) => (
												<li key={item}>{item}</li>
											))}
										</ul>
									</dd>
								</>
							)}
							<dt>Post-mortem</dt>
							<dd>{view.postmortem}</dd>
						</dl>
						<div class="fbc__actions">
							{calc.clockLink && (
								<a class="fb-button fb-button--primary" href={calc.clockLink}>
									Start incident clock at {view.level.label}
								</a>
							)}
							<button type="button" class="fb-button" onClick={() => void calc.copySummary()}>
								Copy summary
							</button>
							<button type="button" class="fb-button" onClick={calc.reset}>
								Reset
							</button>
						</div>
						<p class="fbc__copy-status" role="status">
							{calc.copy === 'copied'
								? 'Summary copied.'
								: calc.copy === 'failed'
									? 'Could not copy: select the summary below and copy it.'
									: ''}
						</p>
						{calc.copy === 'failed' && (
							<textarea
								class="fbc__summary"
								readOnly
								aria-label="Summary to copy"
								value={view.summary}
							/>
						)}
						{view.backTo && (
							<p>
								<a href={sitePath(view.backTo)}>Back to the runbook you came from</a>
							</p>
						)}
						{view.runbooks.length > 0 && (
							<>
								<Heading class="fbc__subheading">Runbooks that fit</Heading>
								<ul>
									{view.runbooks.map((runbook) => (
										<li key={runbook.id}>
											<a href={sitePath(`/${runbook.id}/`)}>{runbook.title}</a>
										</li>
									))}
								</ul>
								{view.moreRunbooks && (
									<p>
										<a href={sitePath('/runbooks/')}>All runbooks</a>, or search by symptom.
									</p>
								)}
							</>
						)}
					</>
				)}
			</section>
		</div>
	);
}

function ReasonList({ reasons }: { reasons: ResultView['setting'] }) {
	return (
		<ul class="fbc__reasons">
			{reasons.map((reason) => (
				<li key={reason.id}>
					<strong>{reason.level}:</strong> {reason.text}
					<Assumed texts={reason.assumed} />
				</li>
			))}
		</ul>
	);
}

/** What "not sure" answers were taken as, after the reason that depends on them. */
function Assumed({ texts }: { texts: readonly string[] }) {
	return (
		<>
			{texts.map((text) => (
				<span key={text} class="fbc__assumed">
					{' '}
					{text}
				</span>
			))}
		</>
	);
}

import type { ClockView } from '../../../lib/incident/clock-view.ts';
import type { ClockData } from '../../../lib/views/clock-data.ts';
import { formatMinutes } from '../../../lib/time/format-minutes.ts';
import { dueText, Time } from './Time.tsx';

/** Who has been paged, who is next, and who the unresolved chain brings in, with times. */
export default function Engaged({
	view,
	live,
	bringIn,
}: {
	view: ClockView;
	live: boolean;
	bringIn: ClockData['bringIn'];
}) {
	const { paging, unresolved, level, respondBy } = view;
	const brought = bringIn.filter((trigger) => view.state.bringIn.includes(trigger.id));
	return (
		<section class="fbk__card" aria-labelledby="fbk-engaged-title">
			<h2 id="fbk-engaged-title">Who is engaged</h2>
			<p class="fb-hint">
				{level.policy ? `${level.policy.name}. ` : 'Nobody is paged at this level. '}
				{/* respondBy is null without a target, so this reads as level-facts' responseText does;
				    importing that module would split a chunk shared with the calculator off and cost
				    the clock 0.4 KB gzip (measured), with the island already at its ceiling. */}
				{respondBy === null ? (
					'No response target.'
				) : (
					<>
						Respond within {formatMinutes(level.responseMinutes ?? 0)}
						{respondBy.met === true && ': met'}
						{respondBy.met === false && ': missed'}
						{respondBy.overdue && (
							<strong class="fbk__overdue">: nobody has acknowledged yet, target passed</strong>
						)}
						.
					</>
				)}
			</p>
			{brought.length > 0 && (
				<>
					<h3>Bring in because of what is true</h3>
					<ul class="fbk__list">
						{brought.map((trigger) => (
							<li key={trigger.id}>
								<strong>{trigger.who}</strong>: {trigger.reason}
							</li>
						))}
					</ul>
				</>
			)}
			{paging.fired.length > 0 && <h3>Paged</h3>}
			<ol class="fbk__list">
				{paging.fired.map((firing) => (
					<li key={`${firing.pass}-${firing.step}`}>
						<strong>{firing.targets.join(' + ')}</strong>
						{firing.pass > 0 && ` (repeat ${firing.pass})`} · <Time at={firing.at} />
					</li>
				))}
			</ol>
			{paging.next && (
				<p>
					Next, without acknowledgement: <strong>{paging.next.targets.join(' + ')}</strong>{' '}
					{dueText(paging.next.inMs, paging.next.at, live)}
					{paging.next.note && <span class="fb-hint"> ({paging.next.note})</span>}
				</p>
			)}
			{(unresolved.due.length > 0 || unresolved.upcoming.length > 0) && (
				<>
					<h3>While unresolved</h3>
					<ul class="fbk__list">
						{unresolved.due.map((step) => (
							<li key={`due-${step.afterMinutes}`}>
								<strong>{step.targets.join(' + ')}</strong>: bring in now (due since{' '}
								<Time at={step.at} />)
							</li>
						))}
						{unresolved.upcoming.map((step) => (
							<li key={`next-${step.afterMinutes}`}>
								{step.targets.join(' + ')}: after {formatMinutes(step.afterMinutes)} unresolved,{' '}
								{dueText(step.inMs, step.at, live)}
							</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}

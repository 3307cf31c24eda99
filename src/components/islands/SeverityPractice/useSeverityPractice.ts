// State for severity practice: the scenario and the trainee's answers live in the URL (a reload
// or a shared link keeps them, and the URL's other parameters stay); whether the answer has been
// checked is the only state of the page itself. Everything shown comes from src/lib/views.
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	practiceSearch,
	practiceView,
	readPracticeUrl,
	type PracticeData,
	type PracticeState,
} from '../../../lib/views/practice-view.ts';

export function useSeverityPractice(data: PracticeData) {
	// Starts at the first scenario with no answers, as the page was rendered; the URL is read
	// right after hydration.
	const [state, setState] = useState<PracticeState>({ index: 0, answers: {} });
	const [checked, setChecked] = useState(false);

	useEffect(() => {
		setState(readPracticeUrl(data, location.search));
	}, [data]);

	const update = (next: PracticeState) => {
		setState(next);
		setChecked(false);
		// Replaced, not pushed: Back leaves the page rather than undoing answers one by one.
		const search = practiceSearch(data, next, location.search);
		history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
	};

	const view = useMemo(() => practiceView(data, state), [data, state]);

	return {
		...view,
		index: state.index,
		answers: state.answers,
		checked,
		check: () => setChecked(true),
		/** Opens another scenario, with no answers yet. */
		choose: (index: number) => update({ index, answers: {} }),
		answer: (questionId: string, optionId: string) =>
			update({ ...state, answers: { ...state.answers, [questionId]: optionId } }),
	};
}

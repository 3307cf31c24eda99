// Everything a filler page needs: its template, plus the clock's data (levels with cadences and
// policies, incident roles, the channel pattern) to compute values and read the incident.
import type { TemplateData } from '../../schemas/template.ts';
import { buildClockData, type ClockContent } from './clock-data.ts';
import { levelNames, type ParsedEntry } from './level-view.ts';
import { toTemplateView } from './template-view.ts';

export function buildFillerData(template: ParsedEntry<TemplateData>, content: ClockContent) {
	return {
		template: toTemplateView(template, levelNames(content.severities)),
		clock: buildClockData(content),
	};
}
export type FillerData = ReturnType<typeof buildFillerData>;

import { labelWithAliases } from '../../../lib/views/level-view.ts';
import type { ClockData } from '../../../lib/views/clock-data.ts';

/** The handbook's levels as `<option>`s: `SEV1 (P0, Critical): Critical`. */
export default function LevelOptions({ levels }: { levels: ClockData['levels'] }) {
	return (
		<>
			{levels.map((level) => (
				<option key={level.id} value={level.id}>
					{labelWithAliases(level)}: {level.name}
				</option>
			))}
		</>
	);
}

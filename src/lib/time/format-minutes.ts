/**
 * A duration in minutes as people say it in an incident: `15 min`, `2 h`, `1 h 30 min`, `3 days`.
 * Whole days are shown as days from 24 hours up, because "next business day" targets read better
 * as `1 day` than as `24 h`.
 */
export function formatMinutes(minutes: number): string {
	if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Not a duration: ${minutes}`);
	const whole = Math.round(minutes);
	if (whole < 60) return `${whole} min`;
	if (whole >= 1440 && whole % 1440 === 0) {
		const days = whole / 1440;
		return `${days} ${days === 1 ? 'day' : 'days'}`;
	}
	const hours = Math.floor(whole / 60);
	const rest = whole % 60;
	return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

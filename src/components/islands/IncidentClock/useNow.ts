// The current time for the clock's views, refreshed every second and the moment a hidden or
// sleeping tab becomes visible again. Views derive everything from it; nothing counts ticks.
import { useEffect, useState } from 'preact/hooks';

export function useNow(): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		const tick = () => setNow(Date.now());
		const timer = setInterval(tick, 1000);
		document.addEventListener('visibilitychange', tick);
		addEventListener('focus', tick);
		return () => {
			clearInterval(timer);
			document.removeEventListener('visibilitychange', tick);
			removeEventListener('focus', tick);
		};
	}, []);
	return now;
}

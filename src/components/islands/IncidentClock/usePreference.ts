// A small per-browser preference (countdowns shown, notifications wanted), kept in localStorage.
import { useState } from 'preact/hooks';

export function usePreference(key: string, initial: boolean): [boolean, (value: boolean) => void] {
	const [value, setValue] = useState(() => {
		try {
			const stored = localStorage.getItem(key);
			return stored === null ? initial : stored === 'true';
		} catch {
			return initial;
		}
	});
	return [
		value,
		(next: boolean) => {
			setValue(next);
			try {
				localStorage.setItem(key, String(next));
			} catch {
				// The preference lasts for this page only.
			}
		},
	];
}

import { describe, expect, test } from 'vitest';
import { buildTime, builtAtLabel, withoutBuiltAt } from '../../../src/lib/offline/built-at.ts';

describe('the built-at stamp', () => {
	const now = new Date('2026-11-23T03:04:05.678Z');

	test('is the time of the build, or the pinned time when a pin is set', () => {
		expect(buildTime({}, now)).toBe('2026-11-23T03:04:05.678Z');
		expect(buildTime({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-11-23T03:04:05.678Z');
		expect(buildTime({ SOURCE_DATE_EPOCH: '1795000000' }, now)).toBe('2026-11-18T11:06:40.000Z');
		expect(buildTime({ FIREBREAK_BUILD_DATE: '2026-12-15' }, now)).toBe('2026-12-15T00:00:00.000Z');
		expect(
			buildTime({ SOURCE_DATE_EPOCH: '1795000000', FIREBREAK_BUILD_DATE: '2026-12-15' }, now),
		).toBe('2026-11-18T11:06:40.000Z');
	});

	test('a malformed pin is an error that says what it must be', () => {
		expect(() => buildTime({ SOURCE_DATE_EPOCH: '2026-11-23' }, now)).toThrow(
			'SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1795000000), not "2026-11-23".',
		);
		expect(() => buildTime({ FIREBREAK_BUILD_DATE: '15/12/2026' }, now)).toThrow(
			'FIREBREAK_BUILD_DATE must be a date like 2026-12-15, not "15/12/2026".',
		);
		expect(() => buildTime({ FIREBREAK_BUILD_DATE: '2026-13-45' }, now)).toThrow(
			'FIREBREAK_BUILD_DATE must be a date like 2026-12-15',
		);
	});

	test('reads the same in every zone: UTC, to the minute', () => {
		expect(builtAtLabel('2026-11-23T03:04:05.678Z')).toBe('Built 2026-11-23 03:04 UTC');
	});

	test('page revisions leave the stamp out, and only the stamp', () => {
		const page = (iso: string) =>
			`<main>Runbook</main><footer><time datetime="${iso}" data-built-at class="x">Built ${iso}</time>.</footer>`;
		expect(withoutBuiltAt(page('2026-11-23T03:04:05Z'))).toBe(
			withoutBuiltAt(page('2026-12-01T10:00:00Z')),
		);
		expect(withoutBuiltAt(page('2026-11-23T03:04:05Z'))).toBe(
			'<main>Runbook</main><footer>.</footer>',
		);
		const other = '<p>Review by <time datetime="2026-12-01">1 December</time></p>';
		expect(withoutBuiltAt(other)).toBe(other);
	});
});

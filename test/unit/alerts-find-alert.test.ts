import { describe, expect, test } from 'vitest';
import { findAlert, requestedAlertName } from '../../src/lib/alerts/find-alert.ts';

describe('requestedAlertName', () => {
	test.each([
		['/alerts/higherrorrate/', 'higherrorrate'],
		['/alerts/HighErrorRate', 'HighErrorRate'],
		['/alerts/Disk%20Full/', 'Disk Full'],
	])('%s asks for %s', (path, name) => {
		expect(requestedAlertName(path)).toBe(name);
	});

	test.each(['/alerts/', '/runbooks/x/', '/alerts/a/b/', '/alerts/%E0%A4%A/'])(
		'%s asks for no alert',
		(path) => {
			expect(requestedAlertName(path)).toBeUndefined();
		},
	);
});

describe('findAlert', () => {
	const alerts = [
		{ id: 'HighErrorRate' },
		{ id: 'HighCPU' },
		{ id: 'HighCpu' },
		{ id: 'TLSExpiry' },
	];

	test('finds an alert whatever the case of the name', () => {
		expect(findAlert(alerts, 'higherrorrate')).toEqual({ id: 'HighErrorRate' });
		expect(findAlert(alerts, 'HIGHERRORRATE')).toEqual({ id: 'HighErrorRate' });
		expect(findAlert(alerts, 'tlsexpiry')).toEqual({ id: 'TLSExpiry' });
	});

	test('an exact name wins over names that differ only in case', () => {
		expect(findAlert(alerts, 'HighCpu')).toEqual({ id: 'HighCpu' });
	});

	test('two alerts that differ only in case are not guessed between', () => {
		expect(findAlert(alerts, 'highcpu')).toBeUndefined();
	});

	test('an unknown name finds nothing', () => {
		expect(findAlert(alerts, 'DiskFull')).toBeUndefined();
	});
});

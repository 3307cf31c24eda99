import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readShareFragment, shareFragment } from '../../../src/lib/incident/share-link.ts';
import {
	covers,
	emptyStore,
	parseStore,
	withIncident,
	withoutIncident,
} from '../../../src/lib/incident/store.ts';
import { incident } from './support.ts';

const stored = () =>
	withIncident(emptyStore(), incident().at(3, { type: 'acknowledged' }).incident);

describe('reading stored incidents', () => {
	test('nothing stored is an empty store; a stored one reads back as written', () => {
		expect(parseStore(null)).toEqual({ ok: true, store: emptyStore() });
		expect(parseStore(JSON.stringify(stored()))).toEqual({ ok: true, store: stored() });
	});

	test.each([
		['not JSON', '{"version":1,"incid', 'it is not valid JSON'],
		['another app’s data', '{"theme":"dark"}', 'it does not have the expected shape at version'],
		[
			'a newer format',
			'{"version":2,"incidents":{}}',
			'it was written by a newer version of this handbook (format 2)',
		],
		[
			'a damaged event',
			JSON.stringify({
				...stored(),
				incidents: [{ id: 'x', events: [{ id: 'e', at: -5, type: 'note', text: '' }] }],
			}),
			'it does not have the expected shape at incidents.0.events.0.at',
		],
		[
			'a time past what a clock can count exactly',
			JSON.stringify({
				...stored(),
				incidents: [{ id: 'x', events: [{ id: 'e', at: 2 ** 60, type: 'note', text: '' }] }],
			}),
			'it does not have the expected shape at incidents.0.events.0.at',
		],
		[
			'an incident without its declaration',
			JSON.stringify({
				...stored(),
				incidents: [{ id: 'x', events: [{ id: 'e', at: 5, type: 'note', text: '' }] }],
			}),
			'incident x has no declaration',
		],
	])('%s is reported with the text kept, never thrown', (_name, raw, reason) => {
		expect(parseStore(raw)).toEqual({ ok: false, raw, reason });
	});

	test('a deleted incident stays deleted when another tab still holds it', () => {
		const store = stored();
		const id = store.incidents[0]!.id;
		const deleted = withoutIncident(store, id);
		expect(deleted.incidents).toEqual([]);
		expect(withIncident(deleted, store.incidents[0]!).incidents).toEqual([]);
		expect(covers(deleted, store)).toBe(true);
		expect(covers(store, deleted)).toBe(false);
	});
});

describe('share links', () => {
	test('carry the whole incident in the fragment and read back exactly, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (title) => {
				const original = incident().at(1, { type: 'note', text: title }).incident;
				expect(readShareFragment(`#${shareFragment(original)}`)).toEqual({
					ok: true,
					incident: original,
				});
			}),
			{ numRuns: 200 },
		);
	});

	test('a fragment without an incident is not a share link; a damaged one says so', () => {
		expect(readShareFragment('#main')).toBeNull();
		expect(readShareFragment('#incident=eyJpZCI6')).toMatchObject({
			ok: false,
			reason: expect.stringContaining('damaged'),
		});
		expect(readShareFragment(`#incident=${btoa('{"id":"x","events":[]}')}`)).toMatchObject({
			ok: false,
		});
	});
});

import { expect, test } from 'vitest';
import { parseTicks, serializeTicks, ticksKey } from '../../src/lib/checklist/ticks.ts';

test('ticks survive a round trip through storage', () => {
	const stored = serializeTicks(['Join the channel', 'Declare the incident']);
	expect(parseTicks(stored)).toEqual(new Set(['Join the channel', 'Declare the incident']));
});

test('nothing stored means nothing ticked', () => {
	expect(parseTicks(null)).toEqual(new Set());
});

test.each([
	['not JSON', '{"oops'],
	['JSON that is not a list', '{"ticked":["a"]}'],
	['a number', '42'],
	['null', 'null'],
	['an empty string', ''],
])('corrupt storage (%s) means nothing ticked, never an error', (_, stored) => {
	expect(parseTicks(stored)).toEqual(new Set());
});

test('entries that are not step texts are dropped, the rest kept', () => {
	expect(parseTicks('["Join", 3, null, {"a":1}, "Page"]')).toEqual(new Set(['Join', 'Page']));
});

test('each role page keeps its own checklist', () => {
	expect(ticksKey('scribe')).not.toBe(ticksKey('incident-commander'));
});

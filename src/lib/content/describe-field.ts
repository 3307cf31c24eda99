import type { z } from 'astro/zod';

type AnySchema = z.ZodType;

interface SchemaDef {
	type: string;
	shape?: Record<string, AnySchema>;
	element?: AnySchema;
	innerType?: AnySchema;
	in?: AnySchema;
	valueType?: AnySchema;
	options?: AnySchema[];
}

const def = (schema: AnySchema) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** Steps through wrappers (optional, default, pipe…) until a schema with a description, or none. */
function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (let depth = 0; depth < 10 && !current.description; depth++) {
		const d = def(current);
		const inner = d.innerType ?? d.in;
		if (!inner) break;
		current = inner;
	}
	return current;
}

function child(schema: AnySchema, key: PropertyKey): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	// Wrappers carry no keys of their own: look through them to the container.
	for (let depth = 0; current && depth < 10; depth++) {
		const d = def(current);
		if (d.type === 'object' && typeof key === 'string') return d.shape?.[key];
		if (d.type === 'array' && typeof key === 'number') return d.element;
		if (d.type === 'record') return d.valueType;
		if (d.type === 'union') {
			return d.options?.map((option) => child(option, key)).find(Boolean);
		}
		current = d.innerType ?? d.in;
	}
	return undefined;
}

/**
 * The `.describe()` text of the field at `path`, so an error can say what the field expects.
 * Walks objects, arrays, records and wrappers; returns undefined where a path leaves the schema.
 */
export function describeField(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
	let current = schema;
	for (const key of path) {
		const next = child(current, key);
		if (!next) return undefined;
		current = next;
	}
	return unwrap(current).description;
}

import fc from 'fast-check';

/** The subset of JSON Schema that `z.toJSONSchema` emits for the model's entities. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -1e6);
  const max = Math.min(schema.maximum ?? 1e6, 1e6);
  if (schema.type === 'integer') return fc.integer({ min: Math.max(min, -1e6), max });
  return fc.double({ min: Math.max(min, -1e6), max, noNaN: true, noDefaultInfinity: true });
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') return isoDate;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const maxLength = Math.min(
    schema.maxLength ?? Number.POSITIVE_INFINITY,
    Math.max(8, schema.minLength ?? 0),
  );
  return fc.string({ minLength: schema.minLength ?? 0, maxLength });
}

/** An arbitrary of values valid under `schema` (refinements zod adds on top are not known here). */
export function arbitraryFromJsonSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(arbitraryFromJsonSchema));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFromJsonSchema({ ...schema, type })));
  }
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFromJsonSchema(schema.items ?? {}), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? Number.POSITIVE_INFINITY, Math.max(3, schema.minItems ?? 0)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(properties).map(([k, v]) => [k, arbitraryFromJsonSchema(v)] as const);
      return fc.record(Object.fromEntries(entries), {
        requiredKeys: Object.keys(properties).filter((k) => required.has(k)),
      });
    }
    default:
      throw new Error(`Unhandled JSON Schema: ${JSON.stringify(schema).slice(0, 80)}`);
  }
}

/**
 * A value that breaks `schema` on its own: an empty string where one is required, a malformed
 * string where a pattern or format applies, otherwise a value of the wrong type.
 */
export function brokenValueFor(schema: JsonSchema): unknown {
  if (schema.type === 'string' && (schema.pattern || schema.format)) return 'not valid!';
  if (schema.type === 'string' && (schema.minLength ?? 0) > 0) return '';
  const types = new Set([schema.type, ...(schema.anyOf ?? []).map((s) => s.type)].flat());
  if (types.has('string') || schema.enum || schema.const !== undefined) return 42;
  return 'not valid!';
}

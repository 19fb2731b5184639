import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, type EntityName } from '../src/entities.js';
import { entityJsonSchema } from '../src/internal/json-schema.js';
import { arbitraryFromJsonSchema, brokenValueFor, type JsonSchema } from './arbitrary-from-json-schema.js';

const names = Object.keys(ENTITY_SCHEMAS) as EntityName[];
const schemaDir = join(import.meta.dirname, '..', 'schema');

function committed(name: EntityName): JsonSchema & Record<string, unknown> {
  return JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8'));
}

/** Repairs what JSON Schema cannot say: the Fee's cross-field refinements. */
function satisfyRefinements(name: EntityName, value: unknown): unknown {
  if (name !== 'Fee') return value;
  const fee = { ...(value as Record<string, unknown>) };
  if (typeof fee.to === 'string' && fee.to < (fee.from as string)) fee.to = fee.from;
  if (fee.contributions) fee.contributions = { socialCare: fee.amount, health: 0, education: 0 };
  return fee;
}

describe('committed JSON Schemas', () => {
  it.each(names)(
    'schema/%s.schema.json matches the zod schema (run `pnpm --filter @placewise/model schemas`)',
    (name) => {
      expect(committed(name)).toEqual(entityJsonSchema(name));
    },
  );
});

describe.each(names)('%s', (name) => {
  const jsonSchema = committed(name);
  const valid = arbitraryFromJsonSchema(jsonSchema).map((v) => satisfyRefinements(name, v));

  it('accepts every entity generated from its JSON Schema', () => {
    fc.assert(
      fc.property(valid, (value) => {
        const result = ENTITY_SCHEMAS[name].safeParse(value);
        expect(result.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it.each(Object.keys(jsonSchema.properties ?? {}))(
    'rejects a broken %s with an issue located at it',
    (field) => {
      const broken = brokenValueFor(jsonSchema.properties?.[field] ?? {});
      fc.assert(
        fc.property(valid, (value) => {
          const result = ENTITY_SCHEMAS[name].safeParse({ ...(value as object), [field]: broken });
          expect(result.success).toBe(false);
          expect(result.error?.issues.some((issue) => issue.path[0] === field)).toBe(true);
        }),
        { numRuns: 10 },
      );
    },
  );
});

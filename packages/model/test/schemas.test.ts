import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, type EntityName, RESULT_SCHEMAS, type ResultName } from '../src/entities.js';
import { entityJsonSchema, resultJsonSchema } from '../src/internal/json-schema.js';
import { arbitraryFromJsonSchema, brokenValueFor, type JsonSchema } from './arbitrary-from-json-schema.js';

const names = Object.keys(ENTITY_SCHEMAS) as EntityName[];
const schemaDir = join(import.meta.dirname, '..', 'schema');

function committed(name: EntityName | ResultName): JsonSchema & Record<string, unknown> {
  return JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8'));
}

type Loose = Record<string, unknown>;
/** An age range put in order (min ≤ max), as the AgeRange refinement asks. */
function ordered(range: unknown): unknown {
  const r = range as { min: number; max: number } | undefined;
  return r && r.min > r.max ? { min: r.max, max: r.min } : r;
}
function orderedSetting(setting: Loose): Loose {
  return { ...setting, ageRange: ordered(setting.ageRange) };
}

/** Repairs what JSON Schema cannot say: cross-field refinements (fee dates, age ranges, the child's age). */
function satisfyRefinements(name: EntityName, value: unknown): unknown {
  if (name === 'Setting') return orderedSetting(value as Loose);
  if (name === 'Vacancy') {
    const v = value as Loose & { limits?: Loose };
    const limits = v.limits?.ageRange ? { ...v.limits, ageRange: ordered(v.limits.ageRange) } : v.limits;
    return { ...v, setting: orderedSetting(v.setting as Loose), ...(limits ? { limits } : {}) };
  }
  if (name === 'Referral') {
    const r = value as Loose & { dateOfBirth: string };
    // The child must be 0–25 on the date needed: take it ten years after birth.
    const year = Number(r.dateOfBirth.slice(0, 4)) + 10;
    return { ...r, neededBy: `${year}${r.dateOfBirth.slice(4, 8)}01` };
  }
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
  it.each(Object.keys(RESULT_SCHEMAS) as ResultName[])(
    'schema/%s.schema.json matches the zod schema (run `pnpm --filter @placewise/model schemas`)',
    (name) => {
      expect(committed(name)).toEqual(resultJsonSchema(name));
    },
  );
  it.each([...names, ...(Object.keys(RESULT_SCHEMAS) as ResultName[])])(
    'schema/%s.schema.json has an $id, and forbids unknown keys where the model does',
    (name) => {
      const schema = committed(name);
      expect(schema.$id).toBe(`https://unpkg.com/@placewise/model/schema/${name}.schema.json`);
      if (['Referral', 'Vacancy', 'Setting', 'MatchPolicy', 'MatchResult', 'AssignmentResult'].includes(name))
        expect(schema.additionalProperties).toBe(false);
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

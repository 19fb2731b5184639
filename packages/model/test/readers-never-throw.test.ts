/**
 * The model's readers of untrusted input answer junk with located issues, never an exception:
 * `readPdsReferral` on anything a JSON file could hold, and every entity schema with `issuesFromZodError`
 * (the pair each package's reader builds on).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junkOr } from '../../../test-support/junk.js';
import { ENTITY_SCHEMAS, type EntityName, issuesFromZodError, readPdsReferral } from '../src/index.js';
import { exported } from './pds-referral.js';

const junk = junkOr(
  fc.constantFrom(
    '\uFEFFLS6 1AA',
    'E0\u00008000035',
    '2025-02-30',
    '9999-99-99',
    'Risk Present\r',
    '',
    1e308,
    -0,
  ),
);

const PARTS = [
  'child',
  'PlacementAvailability',
  'PlacementRequirements',
  'PlacementRecommendation',
  'Risks',
] as const;

/** The exported referral with a few fields (or whole parts) replaced by junk. */
const spoiled = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constant('referralDate'), fc.constant(undefined), junk),
      fc.tuple(fc.constantFrom(...PARTS), fc.constant(undefined), junk),
      fc
        .constantFrom(...PARTS)
        .chain((part) =>
          fc.tuple(
            fc.constant(part),
            fc.constantFrom(...Object.keys(exported[part]), '__proto__', 'toString'),
            junk,
          ),
        ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) => {
    const out: Record<string, unknown> = structuredClone(exported);
    for (const [part, field, value] of edits) {
      if (field === undefined) out[part] = value;
      else if (typeof out[part] === 'object' && out[part] !== null)
        Object.defineProperty(out[part], field, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
    }
    return out;
  });

describe('readPdsReferral', () => {
  it('never throws on anything, and gives no referral when it reports an error', () => {
    fc.assert(
      fc.property(fc.oneof(junk, spoiled), (input) => {
        const r = readPdsReferral(input, { location: { file: 'referral.json' } });
        expect(Array.isArray(r.issues)).toBe(true);
        if (r.issues.some((i) => i.severity === 'error')) expect(r.value).toBeUndefined();
        for (const issue of r.issues) expect(issue.location.file).toBe('referral.json');
      }),
    );
  });

  it('still reads the unspoiled referral (so the property above reaches the conversion)', () => {
    const r = readPdsReferral(exported);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.value?.childId).toBe('40213');
  });
});

describe('entity schemas with issuesFromZodError', () => {
  const names = Object.keys(ENTITY_SCHEMAS) as EntityName[];
  it('answer any value with located issues, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), junk, (name, input) => {
        const parsed = ENTITY_SCHEMAS[name].safeParse(input);
        if (parsed.success) return true;
        const issues = issuesFromZodError(parsed.error, { location: { file: 'x.json', path: [0] } });
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(issue.location.file).toBe('x.json');
          expect(issue.location.path?.[0]).toBe(0);
          expect(issue.code).toMatch(/^schema\./);
        }
        return true;
      }),
    );
  });
});

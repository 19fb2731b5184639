/**
 * `parseScenarios` reads parsed JSON as people write it: whatever it is given, it answers with issues and
 * never throws. Inputs are arbitrary values and scenario files keyed by the real names, holding wrong types.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junkOr } from '../../../test-support/junk.js';
import { parseScenarios } from '../src/index.js';

const junk = junkOr(
  fc.constantFrom(
    '\uFEFFresidential',
    'a\u0000b',
    'x\ry',
    '',
    '__proto__',
    'constructor',
    Number.NaN,
    -1,
    1e308,
  ),
);
const KEYS = [
  '$schema',
  'name',
  'description',
  'entryMultiplier',
  'leaveMultiplier',
  'transitionMultipliers',
  'transitionRates',
  'entrantsPerYear',
  'stateChanges',
  'from',
  'to',
  'multiplier',
  'perYear',
  'ageBand',
  'category',
  'add',
  'scenarios',
  '__proto__',
  'toString',
];
const keyed: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junk,
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 6 }),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
})).node;

describe('parseScenarios', () => {
  it('never throws, whatever it is given, and gives no value when it reports an error', () => {
    fc.assert(
      fc.property(keyed, fc.boolean(), (input, named) => {
        const r = parseScenarios(input, named ? { categories: ['residential'], ageBands: ['16-17'] } : {});
        expect(Array.isArray(r.issues)).toBe(true);
        if (r.issues.some((i) => i.severity === 'error')) expect(r.value).toEqual([]);
      }),
    );
  });
});

import { ageOn } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt } from './age.js';
import { isoOf } from './day.js';

describe('ageAt', () => {
  it('agrees with the model’s ageOn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25_000 }), fc.integer({ min: 0, max: 9_000 }), (dob, after) => {
        expect(ageAt(dob, dob + after)).toBe(ageOn(isoOf(dob), isoOf(dob + after)));
      }),
    );
  });
});

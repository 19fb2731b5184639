import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectSmallest } from './select-smallest.js';

describe('selectSmallest', () => {
  it('puts the k smallest distinct keys first, whatever their order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (values, pick) => {
          const k = 1 + (pick % values.length);
          const keys = Float64Array.from(values);
          selectSmallest(keys, keys.length, k);
          const expected = [...values].sort((a, b) => a - b);
          expect([...keys.subarray(0, k)].sort((a, b) => a - b)).toEqual(expected.slice(0, k));
          expect([...keys].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });

  it('selects from a prefix only', () => {
    const keys = Float64Array.of(5, 3, 9, 1, 0, -4);
    selectSmallest(keys, 4, 2);
    expect([...keys.subarray(0, 2)].sort()).toEqual([1, 3]);
    expect([...keys.subarray(4)]).toEqual([0, -4]);
  });
});

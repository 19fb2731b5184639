import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixOrder } from './radix-order.js';

describe('radixOrder', () => {
  it('sorts whole numbers below 2^32 stably, like a numeric sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }), (values) => {
        const order = radixOrder(Float64Array.from(values)) as Int32Array;
        const expected = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect([...order]).toEqual(expected.map(([, i]) => i));
      }),
    );
  });

  it('declines values it cannot key', () => {
    expect(radixOrder(Float64Array.from([1, -1]))).toBeUndefined();
    expect(radixOrder(Float64Array.from([1.5]))).toBeUndefined();
    expect(radixOrder(Float64Array.from([2 ** 32]))).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packColumns, unpackColumns } from './packed-columns.js';

describe('packColumns / unpackColumns', () => {
  it('packs each value as a class character and the bits below its leading 1', () => {
    // 0 → class 0 'A'; 1 → length 1 'C'; −1 → 'D'; 5 = 101 → length 3 'G', bits 01; −6 = 110 → 'H', bits 10.
    // Bits 0110, padded to six: 011000 = 24 → 'Y'.
    const packed = packColumns([[0, 1, -1, 5, -6]]);
    expect(packed).toEqual({ classes: ['ACDGH'], bits: 'Y' });
    expect(unpackColumns(packed).map((c) => [...c])).toEqual([[0, 1, -1, 5, -6]]);
  });

  it('shares one bit string across columns, column after column', () => {
    const packed = packColumns([[5], [-6], []]);
    expect(packed).toEqual({ classes: ['G', 'H', ''], bits: 'Y' });
    expect(unpackColumns(packed).map((c) => [...c])).toEqual([[5], [-6], []]);
  });

  it('gives back every column it packed', () => {
    const value = fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 40 }), { maxLength: 5 }), (columns) => {
        expect(unpackColumns(packColumns(columns)).map((c) => [...c])).toEqual(columns);
      }),
    );
  });

  it('refuses values it cannot pack', () => {
    expect(() => packColumns([[1.5]])).toThrow(RangeError);
    expect(() => packColumns([[2 ** 31]])).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedIds } from './cross-checks.js';

describe('SortedIds', () => {
  it('holds what a set of the same ids holds, and lists them in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 })),
        fc.array(fc.string({ maxLength: 6 })),
        (ids, asked) => {
          const sorted = [...ids].sort((a, b) => (a < b ? -1 : 1));
          const set = new Set(sorted);
          const list = new SortedIds(sorted);
          for (const id of [...asked, ...sorted]) expect(list.has(id)).toBe(set.has(id));
          expect([...list]).toEqual(sorted);
        },
      ),
      { numRuns: 500 },
    );
  });
});

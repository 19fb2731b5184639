import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode } from '../../test/fixtures.js';
import { indexDataset } from '../dataset-index.js';
import { forEachEpisodeOfTypes } from './episodes-of-types.js';
import { forEachIn } from './for-each-in.js';

const day = fc
  .integer({ min: 0, max: 2000 })
  .map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
const date = fc.oneof(day, fc.constantFrom('2024-4-01', '', '2023-13-45', '9999-99-99'));
const ids = fc.constantFrom('A', 'B', 'C', 'D');
const types = fc.constantFrom('H5', 'K3', 'U4', 'Z1');

describe('forEachEpisodeOfTypes', () => {
  it('visits each wanted type once, in order, as a plain filter over the episodes would, with each episode’s child', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ids, date, fc.option(date), types), { maxLength: 40 }),
        fc.array(ids, { maxLength: 4 }),
        // Types may repeat: a repeated type must not visit its episodes twice.
        fc.array(types, { maxLength: 5 }),
        date,
        date,
        (raw, childIds, wanted, a, b) => {
          const episodes = raw.map(([id, start, end, type]) => episode(id, start, end ?? undefined, type));
          const ds = dataset({ children: childIds.map((id) => child(id, '2010-01-01')), episodes });
          const index = indexDataset(ds);
          const range = { start: a, end: b };
          const expected: unknown[] = [];
          for (const type of new Set(wanted)) {
            forEachIn(
              episodes.filter((e) => e.placementType === type),
              range,
              (e, overlap) => expected.push([e, overlap, index.childrenById.get(e.childId)]),
            );
          }
          const seen: unknown[] = [];
          forEachEpisodeOfTypes(ds, wanted, range, (e, overlap, c) => seen.push([e, overlap, c]));
          expect(seen).toEqual(expected);
        },
      ),
    );
  });
});

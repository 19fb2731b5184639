import type { Child, Episode, Placement } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement } from '../../test/fixtures.js';
import { indexDataset } from '../dataset-index.js';
import { groupEpisodes, groupPlacements, scanEpisodes, scanPlacements } from './dataset-scan.js';
import { dayKey } from './day.js';
import { forEachIn } from './for-each-in.js';
import { forEachPlacementIn } from './placements-in.js';

// The grouping as it was written before the one-pass scan: a map per table, lists sorted by start.
function naiveGroup<T extends { childId: string; start: string }>(rows: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.childId);
    if (list) list.push(row);
    else groups.set(row.childId, [row]);
  }
  for (const list of groups.values())
    list.sort((a, b) => (a.start < b.start ? -1 : a.start === b.start ? 0 : 1));
  return [...groups];
}

const ids = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
const day = fc
  .integer({ min: 0, max: 2000 })
  .map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
// Rows in runs, as returns list them, with some children's rows split over several runs and out of order.
const rows = fc.array(fc.tuple(ids, day, fc.option(day), fc.constantFrom('U4', 'K2', 'H5')), {
  maxLength: 60,
});

describe('the dataset index', () => {
  it('groups episodes and placements by child as one map per table would, whatever the order', () => {
    fc.assert(
      fc.property(rows, fc.array(ids, { maxLength: 8 }), (raw, childIds) => {
        const episodes: Episode[] = raw.map(([id, start, end, type]) =>
          episode(id, start, end ?? undefined, type),
        );
        const placements: Placement[] = raw.map(([id, start, end, type], i) =>
          placement(id, start, end ?? undefined, type, {
            id: `p${i}`,
            ...(i % 3 === 0 ? { locality: 'OUT' } : {}),
          }),
        );
        const children: Child[] = childIds.map((id, i) => child(id, `201${i}-01-01`));
        const index = indexDataset(dataset({ children, episodes, placements }));
        expect([...index.episodesByChild]).toEqual(naiveGroup(episodes));
        expect([...index.placementsByChild]).toEqual(naiveGroup(placements));
        // Children: a repeated id keeps its first place and its first row, as ssda903's checkReturn does.
        const byId = new Map<string, Child>();
        for (const c of children) if (!byId.has(c.id)) byId.set(c.id, c);
        expect([...index.childrenById]).toEqual([...byId]);
        expect(index.childrenById.size).toBe(byId.size);
        for (const id of ['A', 'B', 'C', 'D', 'E', 'F', 'Z']) {
          expect(index.childrenById.get(id)).toBe(byId.get(id));
          expect(index.episodesByChild.get(id)).toEqual(new Map(naiveGroup(episodes)).get(id));
        }
        const byType = new Map<string, Episode[]>();
        for (const e of episodes) byType.set(e.placementType, [...(byType.get(e.placementType) ?? []), e]);
        expect([...index.episodesByPlacementType]).toEqual([...byType]);
        const ds = dataset({ children, episodes, placements });
        expect(scanPlacements(ds).outOfArea).toEqual(
          placements.flatMap((p, i) => (p.locality === 'OUT' ? [i] : [])),
        );
        // Grouped first (as the indicators do) and scanned later, or scanned at once: the same facts.
        const grouped = dataset({ children, episodes, placements });
        expect(groupPlacements(grouped)).toEqual(scanPlacements(ds).order);
        expect(groupEpisodes(grouped).order).toEqual(scanEpisodes(ds).order);
        const { byPlacementType: _a, ...later } = scanEpisodes(grouped);
        const { byPlacementType: _b, ...atOnce } = scanEpisodes(ds);
        expect(later).toEqual(atOnce);
        expect(scanPlacements(grouped)).toEqual(scanPlacements(ds));
      }),
    );
  });

  it('visits the same placements with the same overlaps through the date keys as forEachIn', () => {
    fc.assert(
      fc.property(rows, day, day, (raw, a, b) => {
        const placements = raw.map(([id, start, end, type], i) =>
          placement(id, start, end && end < start ? start : (end ?? undefined), type, { id: `p${i}` }),
        );
        const ds = dataset({ placements });
        const range = a <= b ? { start: a, end: b } : { start: b, end: a };
        const expected: unknown[] = [];
        forEachIn(placements, range, (p, overlap) => expected.push([p.id, overlap]));
        const seen: unknown[] = [];
        const all = placements.map((_, i) => i);
        forEachPlacementIn(ds, all, range, (p, overlap) => seen.push([p.id, overlap]));
        expect(seen).toEqual(expected);
        expect(scanPlacements(ds).outOfArea).toEqual([]);
      }),
    );
  });
});

describe('forEachPlacementIn with malformed dates', () => {
  it('visits as forEachIn does when some dates or the range are not ISO dates', () => {
    const odd = fc.constantFrom('2024-4-01', '2024/04/01', '', '2023-13-45', '9999-99-99');
    const date = fc.oneof(day, odd);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ids, date, fc.option(date)), { maxLength: 30 }),
        date,
        date,
        (raw, a, b) => {
          const placements = raw.map(([id, start, end], i) =>
            placement(id, start, end ?? undefined, 'U4', { id: `p${i}` }),
          );
          const range = { start: a, end: b };
          const expected: unknown[] = [];
          forEachIn(placements, range, (p, overlap) => expected.push([p.id, overlap]));
          const seen: unknown[] = [];
          forEachPlacementIn(
            dataset({ placements }),
            placements.map((_, i) => i),
            range,
            (p, overlap) => seen.push([p.id, overlap]),
          );
          expect(seen).toEqual(expected);
        },
      ),
    );
  });
});

describe('dayKey', () => {
  it('orders ISO dates as their strings do', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(Math.sign(dayKey(a) - dayKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('is NaN for strings that are not ISO dates, so callers compare the strings', () => {
    for (const bad of ['2024-4-01', '2024/04/01', '20240401', '2024-04-0x', ''])
      expect(dayKey(bad)).toBeNaN();
    expect(dayKey('2024-04-01')).toBe(20_240_401);
  });
});

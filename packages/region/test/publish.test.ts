import { createSectorLocator } from '@placewise/geo';
import { DfeAgeBand, type SufficiencyIndicators } from '@placewise/sufficiency';
import { describe, expect, it } from 'vitest';
import {
  buildRegionalReport,
  type PublishedIndicators,
  publishIndicators,
  publishRegionalReport,
  type SuppressedCount,
  type SuppressedTable,
  sumIndicators,
} from '../src/index.js';
import { fixtureReturn } from './fixture-return.js';
import { recoverable } from './recoverable.js';

// The hand-written returns of fixtures.test.ts: Leeds 8 children at 31 March, Wakefield 6.
const returnOf = fixtureReturn;
const { value: report } = await buildRegionalReport([returnOf('E08000035'), returnOf('E08000036')], {
  collectionYear: '2024-25',
  locator: createSectorLocator(),
  forecast: false,
  weeklyCostOf: (p) => ({ 'fostering-in-house': 1000, 'fostering-agency': 2000 })[p.category as string],
});

/** Every count in a published value, with its path: suppressed counts and any bare number left over. */
function countsIn(value: unknown, path = ''): { path: string; count: number | null }[] {
  if (typeof value === 'number') return [{ path, count: value }];
  if (!value || typeof value !== 'object') return [];
  if ('suppressed' in value && 'count' in value) return [{ path, count: (value as SuppressedCount).count }];
  return Object.entries(value).flatMap(([k, v]) => countsIn(v, `${path}.${k}`));
}
/** Figures that are not counts of children: percentages, distances, money, forecast expectations. */
const notACount = (path: string) =>
  /\.(percentage|meanMiles|weeklyCost|outsideRegion)$/.test(path) || path.startsWith('.forecast');
const smallShown = (value: unknown) =>
  countsIn(value).filter((c) => !notACount(c.path) && c.count !== null && c.count >= 1 && c.count <= 4);

/** A breakdown of published indicators as a table: authorities × members, totals in the margins. */
function tableOf(
  published: { authorities: PublishedIndicators[]; region: PublishedIndicators },
  pick: (i: PublishedIndicators) => { members: SuppressedCount[]; total: SuppressedCount },
): SuppressedTable {
  const rows = published.authorities.map(pick);
  const region = pick(published.region);
  return {
    cells: rows.map((r) => r.members),
    rowTotals: rows.map((r) => r.total),
    columnTotals: region.members,
    total: region.total,
  };
}

describe('publishRegionalReport on hand-written returns', () => {
  const published = publishRegionalReport(report);
  const json = JSON.parse(JSON.stringify(published));

  it('shows no count of children from 1 to 4 anywhere in the JSON', () => {
    expect(smallShown(json)).toEqual([]);
    // The raw report had plenty: the region's one child who ceased, for a start.
    expect(report.region.ceasedDuringYear.total).toBe(1);
    expect(json.region.ceasedDuringYear.total).toEqual({ count: null, suppressed: true });
  });

  it('keeps the figures of 5 or more that give nothing away, exactly', () => {
    expect(
      json.authorities.map((a: { indicators: PublishedIndicators }) => a.indicators.claAt31March.total),
    ).toEqual([
      { count: 8, suppressed: false },
      { count: 6, suppressed: false },
    ]);
    expect(json.region.claAt31March.total).toEqual({ count: 14, suppressed: false });
  });

  it('leaves no hidden count of the age bands or sexes recoverable from the totals', () => {
    const indicators = publishIndicators(
      report.authorities.map((a) => a.indicators),
      report.region,
    );
    for (const pick of [
      (i: PublishedIndicators) => ({
        members: DfeAgeBand.options.map((b) => i.claAt31March.byAgeBand[b]),
        total: i.claAt31March.total,
      }),
      (i: PublishedIndicators) => ({
        members: [i.claAt31March.bySex.male, i.claAt31March.bySex.female, i.claAt31March.bySex.unknown],
        total: i.claAt31March.total,
      }),
    ])
      expect(recoverable(tableOf(indicators, pick))).toEqual([]);
  });

  it('suppresses the rows each authority read as well: a UASC table of 2 rows is 2 children', () => {
    const withUasc = structuredClone(report);
    const two = { read: 2, used: 2 };
    for (const a of withUasc.authorities.slice(0, 1)) {
      a.coverage.tables.UASC = two;
      a.indicators.coverage.tables.UASC = two;
    }
    withUasc.region.coverage.tables.UASC = two;
    const shared = JSON.parse(JSON.stringify(publishRegionalReport(withUasc)));
    expect(shared.authorities[0].coverage.tables.UASC.read).toEqual({ count: null, suppressed: true });
    expect(shared.authorities[0].indicators.coverage.tables.UASC.used).toEqual({
      count: null,
      suppressed: true,
    });
    expect(smallShown(shared)).toEqual([]);
  });

  it('hides the money of costed children when their number is hidden', () => {
    // Leeds: 5 in-house + 2 agency costed (£9,000), 1 children's home not costed; Wakefield: 6 costed.
    // The 1 not costed is small, so Leeds's 7 costed goes with it (else 8 − 7 = 1), and with them the
    // column totals (13 costed, 1 not), which Wakefield's shown 6 and 0 leave at 8 − n and n.
    expect(json.weeklyCosts).toEqual([
      {
        gss: 'E08000035',
        weeklyCost: null,
        costed: { count: null, suppressed: true },
        notCosted: { count: null, suppressed: true },
        outsideRegion: null,
      },
      {
        gss: 'E08000036',
        weeklyCost: 7000,
        costed: { count: 6, suppressed: false },
        notCosted: { count: 0, suppressed: false },
        outsideRegion: 0,
      },
    ]);
  });
});

describe('publishIndicators on counts set by hand', () => {
  // Two authorities' children at 31 March by age band; the region's figures are their sums.
  //            under-1  1-4  5-9  10-15  16-over | total
  // Leeds          0     0    3     10      12   |  25
  // Wakefield      6     7    8      9      10   |  40
  // Region         6     7   11     19      22   |  65
  const base = report.authorities[0]?.indicators as SufficiencyIndicators;
  const withAges = (ages: number[], three: [number, number]): SufficiencyIndicators => {
    const copy = structuredClone(base);
    copy.claAt31March.byAgeBand = Object.fromEntries(
      DfeAgeBand.options.map((b, i) => [b, ages[i] as number]),
    ) as SufficiencyIndicators['claAt31March']['byAgeBand'];
    copy.claAt31March.total = ages.reduce((a, b) => a + b, 0);
    copy.threeOrMorePlacements = {
      count: three[0],
      of: three[1],
      percentage: Math.round((100 * three[0]) / three[1]),
    };
    return copy;
  };
  const leeds = withAges([0, 0, 3, 10, 12], [3, 25]);
  const wakefield = withAges([6, 7, 8, 9, 10], [10, 40]);
  const region = sumIndicators([leeds, wakefield], { collectionYear: '2024-25', coverage: base.coverage });
  const published = publishIndicators([leeds, wakefield], region);
  const ages = (i: PublishedIndicators) => DfeAgeBand.options.map((b) => i.claAt31March.byAgeBand[b].count);

  it('hides the 3, and what would give it away: the row’s total and the column’s total', () => {
    // Leeds's 3 alone would be 25 − 0 − 0 − 10 − 12, so its next smallest (10) goes; column 5-9 would then
    // give it as 11 − 8, so Wakefield's 8 goes, and column 10-15 likewise takes Wakefield's 9.
    expect(ages(published.authorities[0] as PublishedIndicators)).toEqual([0, 0, null, null, 12]);
    expect(ages(published.authorities[1] as PublishedIndicators)).toEqual([6, 7, null, null, 10]);
    expect(ages(published.region)).toEqual([6, 7, 11, 19, 22]);
    const table = tableOf(published, (i) => ({
      members: DfeAgeBand.options.map((b) => i.claAt31March.byAgeBand[b]),
      total: i.claAt31March.total,
    }));
    expect(recoverable(table)).toEqual([]);
  });

  it('hides a small numerator, its neighbour in the region’s sum, and both percentages', () => {
    // 3 of 25 and 10 of 40, region 13 of 65: Leeds's 3 would be 13 − 10.
    expect(published.authorities.map((a) => a.threeOrMorePlacements)).toEqual([
      { count: { count: null, suppressed: true }, of: { count: 25, suppressed: false }, percentage: null },
      { count: { count: null, suppressed: true }, of: { count: 40, suppressed: false }, percentage: null },
    ]);
    expect(published.region.threeOrMorePlacements.count).toEqual({ count: 13, suppressed: false });
  });
});

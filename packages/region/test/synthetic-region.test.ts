import { createSectorLocator, listSectors } from '@placewise/geo';
import type { CollectionYear } from '@placewise/model';
import { buildSufficiencyReport, computeIndicators } from '@placewise/sufficiency';
import { generateRegion, writeSyntheticReturns } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import {
  type AuthorityReturn,
  childrenPlacedAway,
  planCapacity,
  readAuthority,
  reportOfRead,
  sumDatasets,
} from '../src/index.js';

const YEAR: CollectionYear = '2024-25';
const locator = createSectorLocator();
const region = generateRegion({ seed: 7, authorities: 5, children: 220 });

/** The authority's returns as files, the way `placewise synthetic` writes them (a folder per year). */
function returnOf(la: (typeof region)[number]): AuthorityReturn {
  const { files } = writeSyntheticReturns(la);
  const of = (year: string) =>
    files
      .filter((f) => f.name.startsWith(`${year}/`))
      .map((f) => ({ name: f.name.slice(8), content: f.content }));
  return {
    gss: la.authority.code,
    files: of(YEAR),
    earlier: la.collectionYears.filter((y) => y !== YEAR).map((y) => ({ collectionYear: y, files: of(y) })),
  };
}

describe('a synthetic region of five neighbouring authorities', async () => {
  const inputs = region.map(returnOf);
  const read = await Promise.all(inputs.map((r) => readAuthority(r, { collectionYear: YEAR, locator })));
  const report = reportOfRead(read, { collectionYear: YEAR, locator, forecast: { samples: 20 } });

  it('gives each authority exactly the indicators of its own sufficiency report', () => {
    expect(report.authorities).toHaveLength(5);
    read.forEach((a, i) => {
      const own = buildSufficiencyReport(a.dataset, {
        collectionYear: YEAR,
        nation: 'england',
        locator,
        responsibleAuthority: a.gss,
      }).value;
      expect(report.authorities[i]?.indicators).toEqual(own.indicators);
    });
  });

  it('sums to the region the indicators of all its children computed at once', () => {
    const all = computeIndicators(sumDatasets(read), { collectionYear: YEAR }).value;
    const { coverage: _c, status: _s, ...summed } = report.region;
    const { coverage: _c2, status: _s2, ...direct } = all;
    expect(summed).toEqual({
      ...direct,
      distanceLocality: { ...direct.distanceLocality, approximate: true },
    });
  });

  it('has a flows matrix that sums to the children placed at 31 March', () => {
    // Counted from the written episodes: children with an episode still open at the end of the year
    // that is not a short break (LS V3/V4).
    let placed = 0;
    for (const input of inputs) {
      const episodes = input.files.find((f) => f.name.toLowerCase().includes('episodes'));
      const lines = String(episodes?.content).trim().split(/\r?\n/);
      const head = (lines[0] as string).split(',');
      const [child, dec, ls] = ['CHILD', 'DEC', 'LS'].map((c) => head.indexOf(c)) as [number, number, number];
      const open = new Set<string>();
      for (const line of lines.slice(1)) {
        const cells = line.split(',');
        if (cells[dec] === '' && !['V3', 'V4'].includes(cells[ls] as string))
          open.add(cells[child] as string);
      }
      placed += open.size;
    }
    expect(report.flows.total).toEqual({ count: placed, suppressed: false });
    const rowTotals = report.flows.rows.map((r) => r.total.count ?? 0);
    if (report.flows.rows.every((r) => !r.total.suppressed))
      expect(rowTotals.reduce((a, b) => a + b, 0)).toBe(placed);
    // Cross-border placements exist between the region's own authorities.
    const across = report.flows.rows.flatMap((r, i) => r.cells.filter((_c, j) => j !== i && j < 5));
    expect(across.some((c) => c.suppressed || (c.count ?? 0) > 0)).toBe(true);
    expect(report.region.claAt31March.total).toBe(placed);
  });

  it('never shows a count from 1 to 4', () => {
    const cells = [
      ...report.flows.rows.flatMap((r) => [...r.cells, r.total]),
      ...report.flows.columnTotals,
      ...report.demandSupply.rows.flatMap((r) => [...Object.values(r.byAgeBand), r.total, r.placedInRegion]),
    ];
    for (const c of cells) expect(c.count === null || c.count === 0 || c.count >= 5).toBe(true);
  });

  it('forecasts the region as the sum of its authorities, listing any left out', () => {
    const f = report.forecast;
    expect(f).not.toBeNull();
    expect((f?.included.length ?? 0) + (f?.excluded.length ?? 0)).toBe(5);
    const first = f?.yearEnds[0];
    if (first) expect(first.lower95).toBeLessThanOrEqual(first.expected);
  });

  it('plans places for children placed away and reports its bound gap', () => {
    const { children } = childrenPlacedAway(read, { date: '2025-03-31', locator });
    const codes = new Set(read.map((a) => a.gss));
    const candidates = listSectors()
      .filter((s) => codes.has(s.authority))
      .map((s) => ({ id: s.sector, point: s.point }));
    const plan = planCapacity(children, candidates, { places: 12, type: 'childrens-home' });
    expect(children.length).toBeGreaterThan(20);
    expect(plan.method).toBe('greedy');
    expect(plan.value).toBe(plan.childrenBroughtBack);
    expect(plan.bound).toBeGreaterThanOrEqual(plan.value);
    expect(plan.gap).toBeGreaterThanOrEqual(0);
    expect(plan.gap).toBeLessThan(1);
    expect(plan.added.length).toBeLessThanOrEqual(12);
  });
});

import { forecastDemand } from '@placewise/forecast';
import { createSectorLocator, listSectors } from '@placewise/geo';
import type { CollectionYear } from '@placewise/model';
import { buildSufficiencyReport, computeIndicators, DfeAgeBand } from '@placewise/sufficiency';
import { generateRegion, syntheticAuthorityReturn } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import {
  childrenPlacedAway,
  forecastPlacedAway,
  placementsOpenAt,
  planCapacity,
  publishRegionalReport,
  readAuthority,
  reportOfRead,
  sumDatasets,
} from '../src/index.js';
import { recoverable } from './recoverable.js';

const YEAR: CollectionYear = '2024-25';
const locator = createSectorLocator();
const region = generateRegion({ seed: 7, authorities: 5, children: 220 });

describe('a synthetic region of five neighbouring authorities', async () => {
  const inputs = region.map((la) => syntheticAuthorityReturn(la, { year: YEAR }));
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

  it('publishes no count from 1 to 4 and no hidden count that the totals give back', () => {
    const published = publishRegionalReport(report);
    const small: string[] = [];
    // Bare numbers that are not counts of children: percentages, rates, miles, money, England's, forecasts.
    const notCounts = /percentage|ratePer10000|meanMiles|weeklyCost|outsideRegion|supply|england|forecast/;
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number' && value >= 1 && value <= 4 && !notCounts.test(path)) small.push(path);
      if (!value || typeof value !== 'object') return;
      const { count, suppressed } = value as { count?: unknown; suppressed?: unknown };
      if (typeof suppressed === 'boolean' && typeof count === 'number' && count >= 1 && count <= 4)
        small.push(path);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(published, '');
    expect(small).toEqual([]);
    // The raw report had small counts to hide: some authority has 1 to 4 of some age band.
    const raw = report.authorities.flatMap((a) => Object.values(a.indicators.claAt31March.byAgeBand));
    expect(raw.some((n) => n >= 1 && n <= 4)).toBe(true);
    const ages = (i: (typeof published)['region']) => ({
      members: DfeAgeBand.options.map((b) => i.claAt31March.byAgeBand[b]),
      total: i.claAt31March.total,
    });
    const table = {
      cells: published.authorities.map((a) => ages(a.indicators).members),
      rowTotals: published.authorities.map((a) => ages(a.indicators).total),
      columnTotals: ages(published.region).members,
      total: ages(published.region).total,
    };
    expect(recoverable(table)).toEqual([]);
    const flows = {
      cells: published.flows.rows.map((r) => r.cells),
      rowTotals: published.flows.rows.map((r) => r.total),
      columnTotals: published.flows.columnTotals,
      total: published.flows.total,
    };
    expect(recoverable(flows)).toEqual([]);
  });

  it('plans for a forecast year: each authority’s children placed away scaled by its own forecast', () => {
    const date = '2025-03-31';
    const future = forecastPlacedAway(read, {
      date,
      forecastDate: '2028-03-31',
      from: '2022-04-01',
      locator,
    });
    expect(future.authorities.map((a) => a.gss)).toEqual(read.map((a) => a.gss));
    const codes = new Set<string>(read.map((a) => a.gss));
    let expected = 0;
    read.forEach((a, i) => {
      // Recounted here: placed outside the region or over 20 miles, not with parents or for adoption,
      // with a home that locates.
      const away = placementsOpenAt(a.dataset.placements, date).filter(
        (p) =>
          p.category !== 'placed-with-parents' &&
          p.category !== 'placed-for-adoption' &&
          ((p.placementAuthority !== undefined && !codes.has(p.placementAuthority)) ||
            (p.distanceMiles ?? 0) > 20) &&
          p.homePostcode !== undefined &&
          locator.locate(p.homePostcode) !== undefined,
      ).length;
      const scale = future.authorities[i];
      if (scale?.heldAsNow === undefined) {
        // The expected count does not depend on the bootstrap: 3 samples give the scale 1 sample gave.
        const f = forecastDemand(a.history, {
          from: '2022-04-01',
          to: date,
          horizonDays: 1096,
          step: 'week',
          samples: 3,
        });
        const start = f.value?.projection.total[0] as number;
        const end = f.value?.projection.yearEnds.find((y) => y.date === '2028-03-31')?.total as number;
        expect(scale?.scale).toBeCloseTo(end / start, 3);
      } else expect(scale.scale).toBe(1);
      expected += Math.round((scale?.scale ?? 1) * away);
    });
    expect(future.children).toHaveLength(expected);
    expect(future.authorities.some((a) => a.scale !== 1)).toBe(true);
    const candidates = listSectors()
      .filter((s) => codes.has(s.authority))
      .map((s) => ({ id: s.sector, point: s.point }));
    const plan = planCapacity(future.children, candidates, { places: 12, type: 'childrens-home' });
    expect(plan.bound).toBeGreaterThanOrEqual(plan.value);
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSectorLocator } from '@placewise/geo';
import type { HomesCount } from '@placewise/market';
import type { CollectionYear, Placement } from '@placewise/model';
import { generateRegion, syntheticAuthorityReturn } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import {
  findForecastWindow,
  forecastAuthority,
  forecastRegion,
  poolForecasts,
  readAuthority,
  reportOfRead,
  reportOfSummaries,
  summariseAuthority,
} from '../src/index.js';
import { formerReportOfRead } from './former-report.js';

const YEAR: CollectionYear = '2024-25';
const locator = createSectorLocator();

// Four authorities: two with every year, one with the latest year only and one with two years, so the
// region's forecast window starts before some authorities' own histories do.
const generated = generateRegion({ seed: 11, authorities: 4, children: 160 });
const inputs = generated.map((la, i) =>
  syntheticAuthorityReturn(la, {
    year: YEAR,
    ...(i === 2 ? { earlier: [] } : i === 3 ? { earlier: ['2023-24'] } : {}),
  }),
);
const read = await Promise.all(inputs.map((r) => readAuthority(r, { collectionYear: YEAR, locator })));
const codes = read.map((a) => a.gss);
// Hand-written Ofsted rows: 7 children's homes (25 places) in the first authority, 2 (6) in the second.
const supply: HomesCount[] = [
  {
    year: 2025,
    authority: codes[0] as string,
    region: 'Yorkshire and The Humber',
    kind: 'childrens-home',
    sector: 'private',
    homes: 7,
    places: 25,
    shortBreakHomes: 0,
    shortBreakPlaces: 0,
  },
  {
    year: 2025,
    authority: codes[1] as string,
    region: 'Yorkshire and The Humber',
    kind: 'childrens-home',
    sector: 'local-authority',
    homes: 2,
    places: 6,
    shortBreakHomes: 0,
    shortBreakPlaces: 0,
  },
];
const costs: Record<string, number> = {
  'fostering-in-house': 600,
  'fostering-agency': 1100,
  'childrens-home': 5400,
};
const options = {
  collectionYear: YEAR,
  locator,
  supply,
  childPopulation: Object.fromEntries(codes.map((gss, i) => [gss, 60_000 + i * 1_000])),
  weeklyCostOf: (p: Placement) => costs[p.category],
  forecast: { samples: 10 },
};

describe('reportOfRead as summariseAuthority then reportOfSummaries', () => {
  const report = reportOfRead(read, options);

  it('gives exactly the report the former single-step reportOfRead gave', () => {
    const former = formerReportOfRead(read, options);
    expect(report).toStrictEqual(former);
    expect(JSON.stringify(report)).toBe(JSON.stringify(former));
    // The comparison is not empty: every part of the report is there.
    expect(report.forecast?.included.length).toBeGreaterThan(0);
    expect(report.weeklyCosts).toHaveLength(4);
    expect(report.demandSupply.supplyYear).toBe(2025);
    expect(report.region.claAt31March.total).toBeGreaterThan(0);
  });

  it('gives the same report from summaries that went through a structured clone (as to and from a worker)', () => {
    const { from } = findForecastWindow(inputs, { collectionYear: YEAR });
    const summaries = read.map((a, i) =>
      structuredClone(
        summariseAuthority(a, {
          collectionYear: YEAR,
          locator,
          from,
          childPopulation: 60_000 + i * 1_000,
          forecast: { samples: 10 },
        }),
      ),
    );
    expect(reportOfSummaries(summaries, options)).toStrictEqual(report);
  });

  it('counts an authority given twice once, reports the repeat where it is, and marks the report incomplete', () => {
    const summaries = read.map((a) =>
      summariseAuthority(a, { collectionYear: YEAR, locator, forecast: false }),
    );
    const once = reportOfSummaries(summaries, { collectionYear: YEAR, forecast: false });
    const twice = reportOfSummaries([...summaries, summaries[1] as (typeof summaries)[number]], {
      collectionYear: YEAR,
      forecast: false,
    });
    expect(twice.region).toStrictEqual(once.region);
    expect(twice.flows).toStrictEqual(once.flows);
    expect(twice.authorities.map((a) => a.gss)).toEqual(codes);
    expect(twice.issues.filter((i) => i.code === 'region.authority-duplicate')).toEqual([
      {
        code: 'region.authority-duplicate',
        severity: 'error',
        message: `${codes[1]} is given more than once; only its first summary is counted.`,
        location: { path: [codes.length, 'gss'] },
      },
    ]);
    expect([once.status, twice.status]).toEqual(['complete', 'incomplete']);
    expect(twice.reason).toContain('1 authority summary repeats an authority given earlier');
  });

  it('knows the forecast window from the returns before reading them', () => {
    // Two authorities sent 2022-23 (the synthetic returns cover three years): the window starts 1 April 2022.
    expect(generated[0]?.collectionYears).toContain('2022-23');
    expect(findForecastWindow(inputs, { collectionYear: YEAR })).toEqual({
      from: '2022-04-01',
      to: '2025-03-31',
    });
    const fromHistories = read.map((a) => a.history.coveredFrom ?? '2024-04-01').sort()[0];
    expect(findForecastWindow(inputs, { collectionYear: YEAR }).from).toBe(fromHistories);
    expect(findForecastWindow(inputs.slice(2, 3), { collectionYear: YEAR }).from).toBe('2024-04-01');
    expect(findForecastWindow(inputs.slice(3), { collectionYear: YEAR }).from).toBe('2023-04-01');
  });

  it('pools the authorities’ forecasts as forecastRegion does, and lists the left-out ones', () => {
    const window = { from: '2022-04-01', to: '2025-03-31', samples: 10 } as const;
    const each = read.map((a) => forecastAuthority(a.gss, a.history, window));
    expect(poolForecasts(each)).toStrictEqual(forecastRegion(read, window));
    // By hand for the first year end: expected values add up; the 80% lower side is the root of the sum of
    // squared distances.
    const yearEnds = each.flatMap((f) => ('yearEnds' in f ? [f.yearEnds[0]] : []));
    expect(yearEnds.length).toBeGreaterThan(1);
    const expected = yearEnds.reduce((s, y) => s + (y?.expected ?? 0), 0);
    const lower = Math.sqrt(yearEnds.reduce((s, y) => s + ((y?.expected ?? 0) - (y?.lower80 ?? 0)) ** 2, 0));
    expect(poolForecasts(each).yearEnds[0]?.expected).toBe(Math.round(expected * 10) / 10);
    expect(poolForecasts(each).yearEnds[0]?.lower80).toBe(
      Math.round(Math.max(0, expected - lower) * 10) / 10,
    );
    const pooled = poolForecasts([...each, { gss: 'E08000034', excluded: 'Too few children.' }]);
    expect(pooled.excluded).toContainEqual({ gss: 'E08000034', reason: 'Too few children.' });
    expect(pooled.yearEnds).toStrictEqual(poolForecasts(each).yearEnds);
  });

  it('lists an authority summarised without a forecast as excluded, with the reason', () => {
    const summaries = read.map((a) =>
      summariseAuthority(a, { collectionYear: YEAR, locator, forecast: false }),
    );
    expect(summaries[0]).not.toHaveProperty('forecast');
    const forecast = reportOfSummaries(summaries, { collectionYear: YEAR })?.forecast;
    expect(forecast?.included).toEqual([]);
    expect(forecast?.excluded.map((e) => e.gss)).toEqual(codes);
    expect(reportOfSummaries(summaries, { collectionYear: YEAR, forecast: false }).forecast).toBeNull();
  });
});

describe('reportOfRead on the hand-written returns', async () => {
  const dir = join(import.meta.dirname, 'fixtures');
  const handWritten = await Promise.all(
    ['E08000035', 'E08000036'].map((gss) =>
      readAuthority(
        {
          gss,
          files: ['header.csv', 'episodes.csv'].map((name) => ({
            name,
            content: readFileSync(join(dir, gss, name), 'utf8'),
          })),
        },
        { collectionYear: YEAR, locator },
      ),
    ),
  );

  it('gives exactly the former report, forecast or not', () => {
    for (const forecast of [false, { samples: 10 }]) {
      const now = reportOfRead(handWritten, { collectionYear: YEAR, locator, forecast });
      expect(now).toStrictEqual(formerReportOfRead(handWritten, { collectionYear: YEAR, locator, forecast }));
    }
    // 14 children placed at 31 March (8 by Leeds, 6 by Wakefield), counted by hand in fixtures.test.ts.
    expect(
      reportOfRead(handWritten, { collectionYear: YEAR, locator, forecast: false }).flows.total.count,
    ).toBe(14);
  });
});

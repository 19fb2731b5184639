import { describe, expect, it } from 'vitest';
import { buildFlowModel } from './flow-model.js';
import { type DemandForecast, forecastDemand } from './forecast-demand.js';
import { simulateChain } from './internal/simulate-chain.js';
import { projectDemand } from './project-demand.js';

const rates = {
  entries: { U4: 0.6, K2: 0.15, K3: 0.1 },
  moves: { U4: { K2: 1 / 900 }, K2: { U4: 1 / 400, K3: 1 / 500 } },
  leaves: { U4: 1 / 700, K2: 1 / 600, K3: 1 / 300 },
};
const history = simulateChain(rates, {
  from: '2014-04-01',
  to: '2024-03-31',
  seed: 99,
  entryAge: [0, 17],
  leaveAt18: true,
});
const options = {
  from: '2021-04-01',
  to: '2024-03-31',
  horizonDays: 3 * 365,
  step: 'week' as const,
  samples: 60,
  seed: 5,
};

describe('forecastDemand', () => {
  const result = forecastDemand(history, options);
  const { issues } = result;
  const forecast = result.value as DemandForecast;

  it('projects the model fitted to every child as its expected counts', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { value: model } = buildFlowModel(history, options);
    expect(forecast.projection).toEqual(projectDemand(model, options));
    expect(forecast.model).toEqual(model);
  });

  it('gives nested 80% and 95% intervals around the expected count', () => {
    for (const [category, band] of Object.entries(forecast.intervals.byCategory)) {
      const expected = forecast.projection.byCategory[category] as number[];
      band.lower95.forEach((low, k) => {
        expect(low).toBeLessThanOrEqual((band.lower80[k] as number) + 1e-9);
        expect(band.lower80[k]).toBeLessThanOrEqual((band.upper80[k] as number) + 1e-9);
        expect(band.upper80[k]).toBeLessThanOrEqual((band.upper95[k] as number) + 1e-9);
      });
      const last = expected.length - 1;
      if ((expected[last] as number) > 5) {
        expect(band.lower95[last]).toBeLessThan(expected[last] as number);
        expect(band.upper95[last]).toBeGreaterThan(expected[last] as number);
      }
    }
    // The starting stock is observed, so it carries no interval; uncertainty grows with the horizon.
    const total = forecast.intervals.total;
    expect((total.upper95[0] as number) - (total.lower95[0] as number)).toBeCloseTo(0, 6);
    expect((total.upper95.at(-1) as number) - (total.lower95.at(-1) as number)).toBeGreaterThan(
      (total.upper95[10] as number) - (total.lower95[10] as number),
    );
  });

  it('is reproducible with a seed and changes with another', () => {
    const again = forecastDemand(history, options).value as DemandForecast;
    expect(again.intervals).toEqual(forecast.intervals);
    const other = forecastDemand(history, { ...options, seed: 6 }).value as DemandForecast;
    expect(other.intervals.total.upper95.at(-1)).not.toBe(forecast.intervals.total.upper95.at(-1));
  });

  it('keeps each sample’s child-days per year and category for costing', () => {
    expect(forecast.sampleChildDays).toHaveLength(60);
    expect(forecast.sampleChildDays[0]).toHaveLength(forecast.projection.years.length);
    expect(forecast.sampleChildDays[0]?.[0]).toHaveLength(forecast.projection.categories.length);
  });
});

describe('forecastDemand on too little', () => {
  const base = { reasonNewEpisode: 'S', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U4' };
  // Five children by hand: a window this small gives rates from a handful of events.
  const few = {
    children: ['A', 'B', 'C', 'D', 'E'].map((id) => ({
      id,
      sex: 'male' as const,
      dateOfBirth: '2014-05-01',
      uasc: false,
    })),
    episodes: ['A', 'B', 'C', 'D', 'E'].map((childId, i) => ({
      childId,
      start: `2022-0${i + 1}-10`,
      ...base,
    })),
  };

  it('refuses a window with fewer than 20 children, with a one-line reason and no figures', () => {
    const result = forecastDemand(few, options);
    expect(result.value).toBeUndefined();
    expect(result.status).toBe('incomplete');
    expect(result.reason).toBe(
      'Not fitted: 5 children were in care in the fitting window 2021-04-01 to 2024-03-31; at least 20 are needed.',
    );
    expect(result.coverage).toMatchObject({ read: 5, used: 5 });
  });

  it('refuses when most rows read were rejected, and marks a forecast on 90% of them incomplete', () => {
    const coverage = (read: number, used: number) => ({
      tables: { Episodes: { read, used } },
      read,
      used,
      status: used / read >= 0.95 ? ('complete' as const) : ('incomplete' as const),
      reason: 'Only some rows were usable.',
    });
    const most = forecastDemand({ ...history, coverage: coverage(1000, 300) }, options);
    expect(most.value).toBeUndefined();
    expect(most.reason).toBe('Not fitted: only 300 of 1000 rows read were usable (most were rejected).');
    const some = forecastDemand(history, { ...options, samples: 5, coverage: coverage(1000, 900) });
    expect(some.value?.projection.total.length).toBeGreaterThan(0);
    expect([some.status, some.reason]).toEqual(['incomplete', 'Only some rows were usable.']);
  });

  it('is complete on a whole history, with figures on each 31 March', () => {
    const result = forecastDemand(history, { ...options, samples: 20 });
    expect(result.status).toBe('complete');
    expect(result.value?.yearEnds.map((y) => y.date)).toEqual([
      '2024-03-31',
      '2025-03-31',
      '2026-03-31',
      '2027-03-31',
    ]);
    const last = result.value?.yearEnds[3]?.total;
    expect(last?.lower95).toBeLessThanOrEqual(last?.expected as number);
    expect(last?.upper95).toBeGreaterThanOrEqual(last?.expected as number);
  });
});

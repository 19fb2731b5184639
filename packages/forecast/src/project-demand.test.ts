import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoStateModel } from '../test/two-state-model.js';
import { ForecastOptionsError } from './forecast-options-error.js';
import { projectDemand } from './project-demand.js';

/** A one-band, two-category model: entries into A only; A moves to B or leaves; B leaves. */
const abModel = (lambda: number, a: number, c: number, b: number, stock: [number, number]) =>
  twoStateModel(lambda, a, c, b, stock, {
    from: '2020-01-01',
    to: '2023-12-31',
    windowDays: 1461,
    children: 0,
  });

/** The closed-form solution of x_A' = λ − (a + c)x_A, x_B' = a·x_A − b·x_B. */
function closedForm(
  lambda: number,
  a: number,
  c: number,
  b: number,
  [xa0, xb0]: [number, number],
  t: number,
) {
  const k = a + c;
  const gap = xa0 - lambda / k;
  const xa = lambda / k + gap * Math.exp(-k * t);
  const xb =
    ((a * lambda) / (k * b)) * (1 - Math.exp(-b * t)) +
    ((a * gap) / (b - k)) * (Math.exp(-k * t) - Math.exp(-b * t)) +
    xb0 * Math.exp(-b * t);
  return [xa, xb];
}

describe('projectDemand', () => {
  it('matches the closed-form expectation of a two-state system with constant entry', () => {
    const [lambda, a, c, b] = [2.5, 1 / 700, 1 / 450, 1 / 380];
    const model = abModel(lambda, a, c, b, [300, 40]);
    for (const step of ['day', 'week'] as const) {
      const projection = projectDemand(model, { horizonDays: 5 * 365, step });
      projection.dates.forEach((_, k) => {
        const t = k * projection.stepDays;
        const [xa, xb] = closedForm(lambda, a, c, b, [300, 40], t);
        expect(projection.byState[0]?.[k]).toBeCloseTo(xa as number, 6);
        expect(projection.byState[1]?.[k]).toBeCloseTo(xb as number, 6);
      });
    }
  });

  it('matches the closed form for any positive rates (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.02, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.02, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.02, noNaN: true }),
        fc.nat({ max: 500 }),
        (lambda, a, c, b, x0) => {
          fc.pre(Math.abs(b - (a + c)) > 1e-4);
          const projection = projectDemand(abModel(lambda, a, c, b, [x0, 0]), {
            horizonDays: 730,
            step: 'week',
          });
          const k = projection.dates.length - 1;
          const [xa, xb] = closedForm(lambda, a, c, b, [x0, 0], k * 7);
          expect(Math.abs((projection.byState[0]?.[k] as number) - (xa as number))).toBeLessThan(
            1e-6 * (1 + (xa as number)),
          );
          expect(Math.abs((projection.byState[1]?.[k] as number) - (xb as number))).toBeLessThan(
            1e-6 * (1 + (xb as number)),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('applies scenario multipliers to entries and to moves between categories', () => {
    const model = abModel(2, 1 / 500, 1 / 500, 1 / 500, [0, 0]);
    const base = projectDemand(model, { horizonDays: 365 });
    const fewer = projectDemand(model, { horizonDays: 365, adjustments: { entryMultiplier: 0.9 } });
    expect(fewer.total.at(-1)).toBeCloseTo((base.total.at(-1) as number) * 0.9, 9);
    const stepDown = projectDemand(model, {
      horizonDays: 365,
      adjustments: { transitionMultipliers: [{ from: 'A', to: 'B', multiplier: 1.2 }] },
    });
    expect(stepDown.byCategory.B?.at(-1)).toBeGreaterThan(base.byCategory.B?.at(-1) as number);
    expect(stepDown.byCategory.A?.at(-1)).toBeLessThan(base.byCategory.A?.at(-1) as number);
  });

  it('sums states into categories and totals, and child-days into collection years', () => {
    const model = abModel(0, 0, 0, 0, [10, 5]);
    const projection = projectDemand(model, { start: '2024-03-31', horizonDays: 730 });
    expect(projection.dates[0]).toBe('2024-03-31');
    expect(projection.total.every((v) => Math.abs(v - 15) < 1e-9)).toBe(true);
    expect(projection.years.map((y) => [y.collectionYear, y.start, y.end, y.days])).toEqual([
      ['2024-25', '2024-04-01', '2025-03-31', 365],
      ['2025-26', '2025-04-01', '2026-03-31', 365],
    ]);
    expect(projection.years[0]?.childDays.A).toBeCloseTo(3650, 6);
  });

  it('refuses horizons over five years', () => {
    expect(() => projectDemand(abModel(1, 0, 0, 0, [0, 0]), { horizonDays: 6 * 365 })).toThrow(
      ForecastOptionsError,
    );
  });
});

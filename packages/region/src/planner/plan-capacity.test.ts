import { distanceMiles } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidate, type PlanCapacityOptions, type PlannerChild, planCapacity } from '../index.js';

// The shared seed (vitest.fc-seed.ts), with this file's own number of runs.
fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: 60 });

/** The best objective by trying every plan and every assignment of children to places: no cleverness. */
function bruteForce(children: PlannerChild[], sites: Candidate[], options: PlanCapacityOptions): number {
  const [min, max] = options.type === 'childrens-home' ? [2, 4] : [1, 3];
  const within = options.withinMiles ?? 20;
  const gain = (c: PlannerChild, s: Candidate) => {
    const m = distanceMiles(c.home, s.point);
    if (m > within || (c.currentMiles !== null && m >= c.currentMiles)) return 0;
    if (options.objective === 'cost')
      return Math.max(0, (c.weeklyCost ?? 0) - (options.placeWeeklyCost ?? 0));
    return 1;
  };
  let best = 0;
  const slots = new Array<number>(sites.length).fill(0);
  const assign = (i: number, used: number[], value: number) => {
    if (i === children.length) {
      best = Math.max(best, value);
      return;
    }
    assign(i + 1, used, value);
    sites.forEach((s, j) => {
      const g = gain(children[i] as PlannerChild, s);
      if (g <= 0 || (used[j] as number) >= (slots[j] as number)) return;
      used[j] = (used[j] as number) + 1;
      assign(i + 1, used, value + g);
      used[j] = (used[j] as number) - 1;
    });
  };
  const plans = (j: number, left: number) => {
    if (j === sites.length) {
      assign(0, new Array<number>(sites.length).fill(0), 0);
      return;
    }
    plans(j + 1, left);
    for (let y = min; y <= max && y <= left; y++) {
      slots[j] = y;
      plans(j + 1, left - y);
    }
    slots[j] = 0;
  };
  plans(0, options.places);
  return best;
}

const point = fc.record({
  easting: fc.integer({ min: 400_000, max: 460_000 }),
  northing: fc.integer({ min: 400_000, max: 460_000 }),
});
const child = fc.record({
  home: point,
  currentMiles: fc.option(fc.integer({ min: 5, max: 80 }), { nil: null }),
  weeklyCost: fc.integer({ min: 800, max: 9000 }),
});
const instance = fc.record({
  children: fc.array(child, { minLength: 1, maxLength: 6 }),
  sites: fc
    .array(point, { minLength: 1, maxLength: 4 })
    .map((ps) => ps.map((p, i) => ({ id: `S${i}`, point: p }))),
  places: fc.integer({ min: 1, max: 5 }),
  type: fc.constantFrom('childrens-home' as const, 'foster-household' as const),
  objective: fc.constantFrom('distance' as const, 'cost' as const),
});

describe('planCapacity', () => {
  it('finds the optimum on small instances (checked by brute force)', () => {
    fc.assert(
      fc.property(instance, ({ children, sites, ...rest }) => {
        const options = { ...rest, placeWeeklyCost: 4000 };
        const plan = planCapacity(children, sites, options);
        expect(plan.method).toBe('exhaustive');
        expect(plan.value).toBeCloseTo(bruteForce(children, sites, options), 6);
        expect(plan.gap).toBe(0);
        expect(plan.added.reduce((s, p) => s + p.marginalValue, 0)).toBeCloseTo(plan.value, 6);
      }),
    );
  });

  it('greedy stays within its bound, and the bound is above the true optimum', () => {
    fc.assert(
      fc.property(instance, ({ children, sites, ...rest }) => {
        const options = { ...rest, placeWeeklyCost: 4000 };
        const best = bruteForce(children, sites, options);
        const plan = planCapacity(children, sites, { ...options, exactLimit: 0 });
        expect(plan.method).toBe('greedy');
        expect(plan.value).toBeLessThanOrEqual(best + 1e-9);
        expect(plan.bound).toBeGreaterThanOrEqual(best - 1e-9);
        expect(plan.added.reduce((s, p) => s + p.marginalValue, 0)).toBeCloseTo(plan.value, 6);
        expect(plan.sites.reduce((s, p) => s + p.places, 0)).toBeLessThanOrEqual(options.places);
      }),
    );
  });

  it('reports children brought back, miles saved and cost change on a worked example', () => {
    // Two children 30 and 50 miles from home; one site ~1.2 miles from both homes.
    const home = { easting: 430_000, northing: 433_000 };
    const children: PlannerChild[] = [
      { home, currentMiles: 30, weeklyCost: 6000 },
      { home: { easting: 431_000, northing: 433_000 }, currentMiles: 50, weeklyCost: 5000 },
    ];
    const site: Candidate = { id: 'LS6 1', point: { easting: 430_000, northing: 435_000 } };
    const plan = planCapacity(children, [site], { places: 2, type: 'childrens-home', placeWeeklyCost: 4500 });
    // Distances: hypot(0, 2000) m = 1.2 miles; hypot(1000, 2000) m = 2236 m = 1.4 miles.
    expect(plan.childrenBroughtBack).toBe(2);
    expect(plan.milesSaved).toBeCloseTo(30 - 1.2 + 50 - 1.4, 6);
    expect(plan.costChange).toBe(4500 * 2 - 6000 - 5000);
    expect(plan.sites).toEqual([{ candidate: 'LS6 1', places: 2, children: 2 }]);
  });
});

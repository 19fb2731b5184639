import { distanceMiles } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milesBetween } from './miles.js';
import { MinCostFlow } from './min-cost-flow.js';

describe('MinCostFlow', () => {
  it('finds the cheapest assignment of two sources through shared capacity', () => {
    // 0 and 1 both prefer node 2 (capacity 1); 1 has no other option but a dear bypass.
    const flow = new MinCostFlow(5, 8);
    const a2 = flow.addEdge(0, 2, 1, 1);
    const a3 = flow.addEdge(0, 3, 1, 2);
    const b2 = flow.addEdge(1, 2, 1, 1);
    flow.addEdge(1, 4, 1, 100);
    flow.addEdge(2, 4, 1, 0);
    flow.addEdge(3, 4, 1, 0);
    expect(flow.augment(0, 4, 1)).toBe(1);
    expect(flow.augment(1, 4, 1)).toBe(1);
    expect([flow.flowOn(a2), flow.flowOn(a3), flow.flowOn(b2)]).toEqual([0, 1, 1]);
    expect(flow.totalCost).toBe(3);
    const copy = flow.clone();
    expect(copy.removeEdge(b2, 1, 2)).toBe(true);
    expect(copy.totalCost).toBe(101);
    expect(flow.totalCost).toBe(3);
  });
});

describe('milesBetween', () => {
  it('agrees with the model’s DfE distanceMiles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700_000 }),
        fc.integer({ min: 0, max: 1_200_000 }),
        fc.integer({ min: 0, max: 700_000 }),
        fc.integer({ min: 0, max: 1_200_000 }),
        (e1, n1, e2, n2) => {
          expect(milesBetween(e1, n1, e2, n2)).toBe(
            distanceMiles({ easting: e1, northing: n1 }, { easting: e2, northing: n2 }),
          );
        },
      ),
    );
  });
});

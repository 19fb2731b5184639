import { describe, expect, it } from 'vitest';
import { logTicks } from './log-ticks.js';

describe('logTicks', () => {
  it('puts ticks at 1 and 3 times powers of ten inside the widened domain', () => {
    // 100 / 1.2 = 83.3 and 1000 * 1.2 = 1200: of 10, 30, 100, 300, 1000, 3000 only three fall inside.
    const ticks = logTicks(100, 1000);
    expect(ticks.values).toEqual([100, 300, 1000]);
    expect(ticks.min).toBeCloseTo(83.333, 3);
    expect(ticks.max).toBe(1200);
  });

  it('spans at least one power of ten, and survives zero and negative input', () => {
    expect(logTicks(50, 60).values).toEqual([100, 300]);
    expect(logTicks(0, -5).values).toEqual([1, 3, 10]);
  });
});

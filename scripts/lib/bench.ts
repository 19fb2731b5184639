/**
 * Shared by the packages' benchmarks (`packages/<name>/bench/*.ts`, run with tsx); not shipped in any package.
 */

/**
 * A seeded pseudo-random generator (mulberry32) giving numbers in [0, 1): the same seed gives the same
 * synthetic data on every run, so figures can be compared between runs.
 *
 * @example
 * const random = mulberry32(42);
 * random(); // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The highest resident set size and heap in use seen by {@link MemoryPeaks.sample}, in bytes. */
export interface MemoryPeaks {
  /** Reads `process.memoryUsage()` now and raises the peaks if it is higher. */
  sample(): void;
  readonly rss: number;
  readonly heapUsed: number;
}

/**
 * Tracks peak memory: call `sample()` whenever the figure matters (or from a `setInterval`).
 *
 * @example
 * const peaks = trackMemoryPeaks();
 * const timer = setInterval(peaks.sample, 5);
 */
export function trackMemoryPeaks(): MemoryPeaks {
  let rss = 0;
  let heapUsed = 0;
  return {
    sample() {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heapUsed = Math.max(heapUsed, m.heapUsed);
    },
    get rss() {
      return rss;
    },
    get heapUsed() {
      return heapUsed;
    },
  };
}

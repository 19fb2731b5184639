/**
 * Benchmarks `benchmarkFees` on one million synthetic fee records against a naive baseline
 * (array of objects, grouped into arrays, `Array.prototype.sort` with a comparator per group).
 * Run: pnpm --filter @placewise/costs bench
 */
import type { FeeUnit, PlacementCategory } from '@placewise/model';
import { mulberry32, trackMemoryPeaks } from '../../../scripts/lib/bench.js';
import { type BenchmarkFee, benchmarkFees } from '../src/index.js';
import { quantileSorted } from '../src/quantile.js';
import { toWeeklyAmount } from '../src/weekly.js';

const N = Number(process.argv[2] ?? 1_000_000);
const CATEGORIES: PlacementCategory[] = [
  'kinship-fostering',
  'fostering-in-house',
  'fostering-agency',
  'childrens-home',
  'secure-childrens-home',
  'supported-accommodation',
  'residential-school',
  'other',
];
const UNITS: FeeUnit[] = ['day', 'week', 'week', 'week', 'four-weeks', 'month', 'year'];
const PROVIDERS = ['PR1', 'PR2', 'PR3', 'PR4', 'PR5'];

function makeFees(n: number): BenchmarkFee[] {
  const random = mulberry32(42);
  const fees: BenchmarkFee[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const unit = UNITS[Math.floor(random() * UNITS.length)] as FeeUnit;
    const weekly = Math.round(20_000 + random() ** 3 * 1_500_000);
    const amount = unit === 'day' ? Math.round(weekly / 7) : unit === 'week' ? weekly : weekly * 4;
    fees[i] = {
      id: `F${i}`,
      amount,
      unit,
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)] as PlacementCategory,
      providerType: PROVIDERS[Math.floor(random() * PROVIDERS.length)] as string,
      inArea: random() < 0.6,
    };
  }
  return fees;
}

function naiveBenchmark(fees: readonly BenchmarkFee[]) {
  const groups = new Map<string, { weekly: number; fee: BenchmarkFee }[]>();
  for (const fee of fees) {
    const key = fee.category ?? 'not recorded';
    const list = groups.get(key) ?? [];
    list.push({ weekly: toWeeklyAmount(fee.amount, fee.unit), fee });
    groups.set(key, list);
  }
  const all = [...groups.values()].flat().sort((a, b) => a.weekly - b.weekly);
  const out = [...groups].map(([key, list]) => {
    const sorted = list.sort((a, b) => a.weekly - b.weekly).map((x) => x.weekly);
    const q1 = quantileSorted(sorted, 0.25);
    const q3 = quantileSorted(sorted, 0.75);
    const fence = q3 + 1.5 * (q3 - q1);
    return {
      key,
      median: quantileSorted(sorted, 0.5),
      p10: quantileSorted(sorted, 0.1),
      p90: quantileSorted(sorted, 0.9),
      outliers: list.filter((x) => x.weekly > fence).length,
    };
  });
  return { all: all.length, out };
}

const peaks = trackMemoryPeaks();
const sample = peaks.sample;

function time<T>(label: string, fn: () => T, runs = 5): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let first = 0;
  let result = undefined as T;
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    result = fn();
    const ms = performance.now() - start;
    if (r === 0) first = ms;
    best = Math.min(best, ms);
    sample();
  }
  const perSecond = Math.round((N / best) * 1000).toLocaleString('en-GB');
  console.log(
    `${label.padEnd(44)} best ${best.toFixed(0).padStart(5)} ms (first run ${first.toFixed(0).padStart(5)} ms)  ${perSecond.padStart(12)} records/s`,
  );
  return { ms: best, result };
}

const fees = makeFees(N);
sample();
const before = process.memoryUsage();
console.log(
  `${N.toLocaleString('en-GB')} fee records, Node ${process.version}, ${process.platform} ${process.arch}`,
);
const fast = time('benchmarkFees by category', () => benchmarkFees(fees));
time('benchmarkFees by category + providerType', () =>
  benchmarkFees(fees, { by: ['category', 'providerType'] }),
);
time('benchmarkFees by category + inArea', () => benchmarkFees(fees, { by: ['category', 'inArea'] }));
const fastPeakHeap = peaks.heapUsed;
const naive = time('naive baseline by category (Array.sort)', () => naiveBenchmark(fees));
console.log(
  `ratio naive / benchmarkFees: ${(naive.ms / fast.ms).toFixed(1)}×; groups ${fast.result.groups.length}; ` +
    `outliers ${fast.result.overall.outliers.length.toLocaleString('en-GB')}; high-cost ${fast.result.overall.highCostCount.toLocaleString('en-GB')}`,
);
console.log(
  `memory: input heap ${(before.heapUsed / 2 ** 20).toFixed(0)} MiB; peak heap during benchmarkFees ${(fastPeakHeap / 2 ** 20).toFixed(0)} MiB; peak heap overall ${(peaks.heapUsed / 2 ** 20).toFixed(0)} MiB; peak rss ${(peaks.rss / 2 ** 20).toFixed(0)} MiB`,
);
if (fast.ms >= 1000) {
  console.log('SLOWER than the 1 s floor for this many records');
}

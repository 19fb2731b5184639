/**
 * Demand forecast bench: fit + 3-year daily projection + 200 bootstrap samples for a 2,000-child synthetic
 * authority (floor: under 5 s), against a naive bootstrap that re-reads every episode for each sample, and
 * the back-test MAPE per category against a naive "stays as it is" forecast.
 *
 * Run: pnpm --filter @placewise/forecast bench:forecast
 */
import { generateAuthority, returnForYear } from '@placewise/synthetic';
import {
  type AnnualReturn,
  backtest,
  buildFlowModel,
  type DemandForecast,
  forecastDemand,
  type LongitudinalHistory,
  mergeReturns,
  projectDemand,
} from '../src/index.js';

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const t0 = performance.now();
const authority = generateAuthority({ seed: 2024, children: 2000, startYear: 2019, years: 5 });
const returns: AnnualReturn[] = authority.collectionYears.map((year) => {
  const { value } = returnForYear(authority, year);
  return { collectionYear: year, children: value.children, episodes: value.episodes };
});
const { value: history } = mergeReturns(returns);
const tData = performance.now() - t0;
console.log(
  `data: ${history.children.length} children, ${history.episodes.length} episodes, ${returns.length} returns merged (${tData.toFixed(0)} ms, not timed below)`,
);

const options = {
  from: '2021-04-01',
  to: '2024-03-31',
  horizonDays: 3 * 365,
  step: 'day' as const,
  samples: 200,
  seed: 1,
};
forecastDemand(history, { ...options, samples: 5 }); // warm up the JIT
sample();
const cpu = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const c1 = process.cpuUsage();
const t1 = performance.now();
const forecast = forecastDemand(history, options).value as DemandForecast;
const tForecast = performance.now() - t1;
const cForecast = cpu(c1);
sample();
console.log(
  `forecastDemand, ${forecast.model.children} children: fit + ${forecast.projection.dates.length - 1}-day daily projection + ${forecast.samples} bootstrap samples: wall ${tForecast.toFixed(0)} ms, cpu ${cForecast.toFixed(0)} ms (floor 5000 ms)`,
);

// Naive baseline: each bootstrap sample resamples children, rebuilds their episode list and refits from it.
const naiveSamples = 20;
const byChild = new Map<string, LongitudinalHistory['episodes']>();
for (const e of history.episodes) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
let seed = 1;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const t2 = performance.now();
for (let s = 0; s < naiveSamples; s++) {
  const children = history.children.map(
    () => history.children[Math.floor(random() * history.children.length)],
  );
  const picked: LongitudinalHistory = { children: [], episodes: [] };
  children.forEach((child, n) => {
    if (!child) return;
    const id = `${child.id}#${n}`;
    picked.children.push({ ...child, id });
    for (const e of byChild.get(child.id) ?? []) picked.episodes.push({ ...e, childId: id });
  });
  const { value: model } = buildFlowModel(picked, options);
  projectDemand(model, { ...options, initial: forecast.model.stock });
}
const tNaive = ((performance.now() - t2) / naiveSamples) * options.samples;
console.log(
  `naive bootstrap (re-walk episodes per sample), extrapolated to ${options.samples} samples: ${tNaive.toFixed(0)} ms; ratio naive / forecastDemand = ${(tNaive / tForecast).toFixed(1)}x`,
);

const { value: test } = backtest(history, {
  fitFrom: '2019-04-01',
  fitTo: '2022-03-31',
  horizonDays: 730,
  step: 'week',
});
console.log('back-test: fit 2019-04-01..2022-03-31, project 730 days weekly, compare with what happened');
console.log('category      in care at start  MAPE flow model  MAPE flat (naive)');
const flat = (series: readonly number[]) => {
  let sum = 0;
  let n = 0;
  for (let k = 1; k < series.length; k++) {
    const o = series[k] as number;
    if (o > 0) {
      sum += Math.abs(o - (series[0] as number)) / o;
      n += 1;
    }
  }
  return n === 0 ? null : (sum / n) * 100;
};
const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)}%`);
for (const category of test.categories) {
  const observed = test.observed[category] ?? [];
  console.log(
    `${category.padEnd(14)}${String(observed[0] ?? 0).padStart(16)}  ${pct(test.mape[category]).padStart(15)}  ${pct(flat(observed)).padStart(17)}`,
  );
}
console.log(`${'total'.padEnd(14)}${''.padStart(16)}  ${pct(test.totalMape).padStart(15)}`);
// A large county: 20,000 children over five collection years, fitted on all five.
{
  const t = performance.now();
  const large = generateAuthority({ seed: 2025, children: 20_000, startYear: 2019, years: 5 });
  const { value: big } = mergeReturns(
    large.collectionYears.map((year) => {
      const { value } = returnForYear(large, year);
      return { collectionYear: year, children: value.children, episodes: value.episodes };
    }),
  );
  console.log(
    `large: ${big.children.length} children, ${big.episodes.length} episodes (${(performance.now() - t).toFixed(0)} ms to generate, not timed below)`,
  );
  const c = process.cpuUsage();
  const t2 = performance.now();
  const result = forecastDemand(big, { ...options, from: '2019-04-01' }).value as DemandForecast;
  console.log(
    `forecastDemand, 5-year history, ${result.model.children} children: fit + ${result.projection.dates.length - 1}-day daily projection + ${result.samples} bootstrap samples: wall ${(performance.now() - t2).toFixed(0)} ms, cpu ${cpu(c).toFixed(0)} ms (floor 20000 ms)`,
  );
}
clearInterval(sampler);
sample();
console.log(
  `peak rss ${mb(peakRss)}, peak heap ${mb(peakHeap)}; node ${process.version}, ${process.platform} ${process.arch}`,
);

/**
 * Times the regional report over the synthetic national preset split into its authorities (150, about
 * 84,000 looked after at 31 March) against the 5 s floor, in one thread. The FLOOR line is end to end, as
 * `placewise region report --threads 1` does it: each authority's three years of CSV, given as the bytes a
 * file holds, read with `readAuthority` and summarised with `summariseAuthority` (its indicators and its
 * forecast) one after another, then `reportOfSummaries` (flows, demand, the pooled forecast). Then, for
 * comparison, the other way the package offers: every authority read first and held, then `reportOfRead`
 * and `forecastRegion`, each part printed.
 * `pnpm --filter @placewise/cli bench:region` times the built command itself.
 * Run: pnpm --filter @placewise/region bench
 */
import { createSectorLocator } from '@placewise/geo';
import { generateNational, syntheticAuthorityReturn } from '@placewise/synthetic';
import {
  type AuthorityReturn,
  findForecastWindow,
  forecastRegion,
  readAuthority,
  reportOfRead,
  reportOfSummaries,
  summariseAuthority,
} from '../src/index.js';
import { line, machine, time } from './time.js';

const YEAR = '2024-25';
const FLOOR_MS = 5000;
let bytes = 0;
// Generated inside a function so that only the files stay in memory while the report is timed.
const toInput = (la: ReturnType<typeof generateNational>[number]): AuthorityReturn => {
  const input = syntheticAuthorityReturn(la, { year: YEAR, bytes: true });
  for (const file of [input.files, ...(input.earlier ?? []).map((e) => e.files)].flat())
    bytes += (file.content as Uint8Array).length;
  return input;
};
const generated = await time(() => generateNational({ seed: 1 }).map(toInput));
const inputs = generated.result;
console.log(
  `synthetic national preset: ${inputs.length} authorities, ${(bytes / 1e6).toFixed(0)} MB of CSV over 3 years (generated in ${(generated.wallMs / 1000).toFixed(1)} s, not timed)`,
);
console.log(machine());
const locator = createSectorLocator();
const { from } = findForecastWindow(inputs, { collectionYear: YEAR });
const streamed = await time(async () => {
  const summaries = [];
  for (const input of inputs) {
    const read = await readAuthority(input, { collectionYear: YEAR, locator });
    summaries.push(summariseAuthority(read, { collectionYear: YEAR, locator, from }));
  }
  return reportOfSummaries(summaries, { collectionYear: YEAR });
});
console.log(
  `looked after at 31 March: ${streamed.result.region.claAt31March.total}; placed: ${streamed.result.flows.total.count}; forecast pooled over ${streamed.result.forecast?.included.length ?? 0} authorities`,
);
console.log(
  line('FLOOR read + summarise each in turn, then the report', streamed.wallMs, streamed.cpuMs, FLOOR_MS),
);
console.log('every authority read first and held, then the report:');
const options = { collectionYear: YEAR, locator, forecast: false } as const;
const read = await time(async () => {
  const all = [];
  for (const input of inputs) all.push(await readAuthority(input, options));
  return all;
});
const report = await time(() => reportOfRead(read.result, options));
console.log(
  `looked after at 31 March: ${report.result.region.claAt31March.total}; placed: ${report.result.flows.total.count}`,
);
const forecast = await time(() =>
  forecastRegion(
    read.result.map((a) => ({ gss: a.gss, history: a.history })),
    { from: '2022-04-01', to: '2025-03-31' },
  ),
);
const total = {
  wallMs: read.wallMs + report.wallMs + forecast.wallMs,
  cpuMs: read.cpuMs + report.cpuMs + forecast.cpuMs,
};
console.log(line('  read (parse, merge, derive)', read.wallMs, read.cpuMs));
console.log(line('  regional report on returns read, without the forecast', report.wallMs, report.cpuMs));
console.log(
  line(
    `  pooled forecast (${forecast.result.included.length} authorities, 100 samples each)`,
    forecast.wallMs,
    forecast.cpuMs,
  ),
);
console.log(line('  the three together', total.wallMs, total.cpuMs));

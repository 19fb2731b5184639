/**
 * Times the regional report over the synthetic national preset split into its authorities (150, about
 * 84,000 looked after at 31 March), against the 5 s floor: reading every authority's return from CSV text,
 * deriving placements and the report (indicators, flows, demand/supply), then the report alone on returns
 * already read, and the pooled forecast separately. Run: pnpm --filter @placewise/region bench
 */
import { createSectorLocator } from '@placewise/geo';
import { generateNational, writeSyntheticReturns } from '@placewise/synthetic';
import { type AuthorityReturn, forecastRegion, readAuthority, reportOfRead } from '../src/index.js';
import { line, machine, time } from './time.js';

const YEAR = '2024-25';
const FLOOR_MS = 5000;
const generated = await time(() => generateNational({ seed: 1 }));
const inputs: AuthorityReturn[] = generated.result.map((la) => {
  const { files } = writeSyntheticReturns(la);
  const of = (year: string) =>
    files
      .filter((f) => f.name.startsWith(`${year}/`))
      .map((f) => ({ name: f.name.slice(8), content: f.content }));
  return {
    gss: la.authority.code,
    files: of(YEAR),
    earlier: la.collectionYears.filter((y) => y !== YEAR).map((y) => ({ collectionYear: y, files: of(y) })),
  };
});
console.log(
  `synthetic national preset: ${inputs.length} authorities (generated in ${(generated.wallMs / 1000).toFixed(1)} s, not timed)`,
);
console.log(machine());
const locator = createSectorLocator();
const options = { collectionYear: YEAR, locator, forecast: false } as const;
const full = await time(async () => {
  const read = [];
  for (const input of inputs) read.push(await readAuthority(input, options));
  return { read, report: reportOfRead(read, options) };
});
console.log(
  `looked after at 31 March: ${full.result.report.region.claAt31March.total}; placed: ${full.result.report.flows.total.count}`,
);
console.log(line('read 3 years of CSV + derive + regional report', full.wallMs, full.cpuMs, FLOOR_MS));
const reportOnly = await time(() => reportOfRead(full.result.read, options));
console.log(line('regional report on returns already read', reportOnly.wallMs, reportOnly.cpuMs, FLOOR_MS));
const forecast = await time(() =>
  forecastRegion(
    full.result.read.map((a) => ({ gss: a.gss, history: a.history })),
    { from: '2022-04-01', to: '2025-03-31', samples: 50 },
  ),
);
console.log(
  `pooled forecast (${forecast.result.included.length} included, ${forecast.result.excluded.length} excluded, 50 samples): wall ${forecast.wallMs.toFixed(0)} ms, cpu ${forecast.cpuMs.toFixed(0)} ms (no floor)`,
);

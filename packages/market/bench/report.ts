/**
 * Times the England-wide market report from the embedded data: the first report (decoding the embedded
 * data included, as a fresh process pays it) and the median of further reports on decoded data, against
 * the 500 ms floor. Prints wall and CPU time; on a shared machine wall time is noisy, CPU time less so.
 * Run: pnpm --filter @placewise/market bench
 */
import { cpus, loadavg } from 'node:os';
import { loadEmbeddedMarketData } from '../src/data.js';
import { buildMarketReport, renderMarketMarkdown } from '../src/index.js';

const FLOOR_MS = 500;

function time<T>(run: () => T): { wallMs: number; cpuMs: number; result: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, result };
}

const first = time(() => buildMarketReport(loadEmbeddedMarketData(), { england: true }));
const runs = Array.from({ length: 9 }, () =>
  time(() => renderMarketMarkdown(buildMarketReport(loadEmbeddedMarketData(), { england: true }))),
);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const wall = median(runs.map((r) => r.wallMs));
const cpu = median(runs.map((r) => r.cpuMs));

const line = (label: string, wallMs: number, cpuMs: number) =>
  `${label.padEnd(52)} wall ${wallMs.toFixed(1).padStart(7)} ms   cpu ${cpuMs.toFixed(1).padStart(7)} ms   ${wallMs < FLOOR_MS ? 'under' : 'OVER'} the ${FLOOR_MS} ms floor`;
console.log(
  `England market report, ${first.result.supply.homes} homes, ${first.result.flow.years.length} years of flow`,
);
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(line('first report (decode embedded data + report)', first.wallMs, first.cpuMs));
console.log(line('further reports + Markdown (median of 9)', wall, cpu));

/**
 * Bench: read + structural checks on synthetic SSDA903 Episodes, against plain papaparse, and a streamed
 * 1M-row file with peak memory. Run with `pnpm --filter @placewise/ssda903 bench`.
 * Rows are made up here (simple synthetic values, no real child data).
 */
import { cpus, loadavg } from 'node:os';
import Papa from 'papaparse';
import { mulberry32 } from '../../../scripts/lib/bench.js';
import { readReturn, streamTable } from '../src/index.js';
import { EPISODE_HEADER, episodeLines, headerCsv } from './generate.js';

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall-clock and CPU milliseconds of one run. CPU time counts every thread of the process (GC included). */
function time(run: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

/** The fastest of several runs, each started after a full collection (run node with --expose-gc). */
function best(runs: number, run: () => unknown): Timing {
  let fastest: Timing = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = time(run);
    fastest = { wall: Math.min(fastest.wall, t.wall), cpu: Math.min(fastest.cpu, t.cpu) };
  }
  return fastest;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// 1. Throughput on an in-memory file.
const CHILDREN = 50_000;
const lines = episodeLines(0, CHILDREN, mulberry32(1));
const episodesCsv = `${EPISODE_HEADER}\r\n${lines.join('\r\n')}\r\n`;
const header = headerCsv(CHILDREN);
const rows = lines.length;
console.log(`Episodes: ${rows} rows, ${mb(episodesCsv.length)} of CSV; ${CHILDREN} children`);

const baseline = best(5, () => Papa.parse(episodesCsv, { skipEmptyLines: true }).data.length);
const baselineHeader = best(
  5,
  () => Papa.parse(episodesCsv, { header: true, skipEmptyLines: true }).data.length,
);
let summary = '';
const read = best(5, () => {
  const result = readReturn(
    [
      { name: 'header.csv', content: header },
      { name: 'episodes.csv', content: episodesCsv },
    ],
    { collectionYear: '2024-25' },
  );
  const t = result.tables.find((x) => x.table === 'Episodes');
  summary = `accepted ${t?.accepted}, rejected ${t?.rejected}, issues ${result.issues.length}`;
});
const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-GB')} rows/s`.padStart(16);
const line = (label: string, t: Timing) =>
  console.log(
    `${label.padEnd(36)} wall ${t.wall.toFixed(0).padStart(5)} ms ${rate(t.wall)} | CPU ${t.cpu.toFixed(0).padStart(5)} ms ${rate(t.cpu)}`,
  );
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`,
);
line('papaparse arrays (baseline)', baseline);
line('papaparse header:true objects', baselineHeader);
line('readReturn + structural checks', read);
console.log(`  ${summary}`);
console.log(
  `ratio readReturn / baseline arrays: wall ${(read.wall / baseline.wall).toFixed(2)}x, CPU ${(read.cpu / baseline.cpu).toFixed(2)}x`,
);

// 2. A 1M-row file streamed in 64 KiB chunks, generated on the fly so the whole file never exists.
async function* bigFile(target: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const random = mulberry32(2);
  let buffer = `${EPISODE_HEADER}\r\n`;
  let made = 0;
  let child = 0;
  while (made < target) {
    const batch = episodeLines(child, child + 200, random);
    child += 200;
    made += batch.length;
    buffer += `${batch.join('\r\n')}\r\n`;
    while (buffer.length >= 65_536) {
      yield encoder.encode(buffer.slice(0, 65_536));
      buffer = buffer.slice(65_536);
    }
  }
  yield encoder.encode(buffer);
}

lines.length = 0;
globalThis.gc?.();
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
let streamed = 0;
let batches = 0;
const streamStart = performance.now();
const streamCpu = process.cpuUsage();
let last: { rows: number; accepted: number; rejected: number } | undefined;
for await (const batch of streamTable(bigFile(1_000_000), { table: 'Episodes', collectionYear: '2024-25' })) {
  streamed += batch.records.length;
  if (batch.summary) last = batch.summary;
  if (++batches % 16 === 0) {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }
}
const streamMs = performance.now() - streamStart;
const streamCpuMs = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(streamCpu));
console.log(
  `streamed ${last?.rows.toLocaleString('en-GB')} rows (${streamed.toLocaleString('en-GB')} accepted) in ${(streamMs / 1000).toFixed(1)} s, ` +
    `${Math.round((last?.rows ?? 0) / (streamMs / 1000)).toLocaleString('en-GB')} rows/s wall, ` +
    `${Math.round((last?.rows ?? 0) / (streamCpuMs / 1000)).toLocaleString('en-GB')} rows/s CPU (generating the file included)`,
);
console.log(
  `memory: rss ${mb(before.rss)} before → peak ${mb(peakRss)}; heapUsed ${mb(before.heapUsed)} before → peak ${mb(peakHeap)}`,
);

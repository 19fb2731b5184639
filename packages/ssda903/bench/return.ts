/**
 * Bench (issue 11): reading + structural checks of a whole return, every table (~520,000 rows from a
 * 101,000-episode return), in rows/s, beside plain papaparse and a bare byte scan of the same bytes, and
 * the time a 30 MB file with one stray quote takes against the clean file. Wall and CPU time are both
 * printed: on a loaded machine CPU time is the steadier figure. Run with `pnpm --filter @placewise/ssda903 bench`.
 */
import { cpus, loadavg } from 'node:os';
import Papa from 'papaparse';
import { mulberry32 } from '../../../scripts/lib/bench.js';
import { readReturn, readTable } from '../src/index.js';
import { EPISODE_HEADER, episodeLines } from './generate.js';
import { wholeReturn } from './whole-return.js';

interface Timing {
  wall: number;
  cpu: number;
}

function best(runs: number, run: () => unknown): Timing {
  let fastest: Timing = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    const used = process.cpuUsage(cpu);
    fastest = {
      wall: Math.min(fastest.wall, performance.now() - start),
      cpu: Math.min(fastest.cpu, (used.user + used.system) / 1000),
    };
  }
  return fastest;
}

const FLOOR = 1_000_000;
const { files, rows } = wholeReturn(mulberry32(3));
const encoder = new TextEncoder();
const bytes = files.map((file) => ({ name: file.name, content: encoder.encode(file.content) }));
const size = bytes.reduce((n, file) => n + file.content.length, 0);
const rate = (ms: number) => Math.round(rows / (ms / 1000));
const show = (n: number) => `${n.toLocaleString('en-GB')} rows/s`.padStart(18);
const line = (label: string, t: Timing) =>
  console.log(
    `${label.padEnd(38)} wall ${t.wall.toFixed(0).padStart(5)} ms ${show(rate(t.wall))} | CPU ${t.cpu.toFixed(0).padStart(5)} ms ${show(rate(t.cpu))}`,
  );

console.log(
  `Whole return: ${rows.toLocaleString('en-GB')} rows in ${files.length} tables, ${(size / 1e6).toFixed(1)} MB; ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
);
let summary = '';
const read = best(5, () => {
  const result = readReturn(bytes, { collectionYear: '2024-25' });
  const accepted = result.tables.reduce((n, t) => n + t.accepted, 0);
  const read = result.tables.reduce((n, t) => n + t.rows, 0);
  summary = `${read} rows read, ${accepted} accepted, ${result.issues.length} issues`;
});
const texts = files.map((file) => file.content);
const papa = best(5, () => {
  let n = 0;
  for (const text of texts) n += Papa.parse(text, { skipEmptyLines: true }).data.length;
  return n;
});
const scan = best(5, () => {
  let n = 0;
  for (const file of bytes) {
    const b = file.content;
    for (let i = 0; i < b.length; i++) if (b[i] === 10) n++;
  }
  return n;
});
line('readReturn (bytes) + structural checks', read);
console.log(`  ${summary}`);
line('papaparse arrays (text, no decoding)', papa);
line('bare byte scan (counting LF)', scan);
const cpuRate = rate(read.cpu);
console.log(
  `floor ${FLOOR.toLocaleString('en-GB')} rows/s: ${cpuRate >= FLOOR ? 'met' : 'NOT met'} on CPU time (${cpuRate.toLocaleString('en-GB')}), ` +
    `${rate(read.wall) >= FLOOR ? 'met' : 'not met'} on wall time (${rate(read.wall).toLocaleString('en-GB')})`,
);

// A 30 MB Episodes file, clean and with one stray quote near the start: reading must stay linear.
const random = mulberry32(4);
const lines: string[] = [];
for (let c = 0; lines.length < 300_000; c += 200)
  for (const l of episodeLines(c, c + 200, random)) lines.push(l);
const clean = `${EPISODE_HEADER}\r\n${lines.join('\r\n')}\r\n`;
const strayAt = clean.indexOf('\r\n', 1000) + 2;
const stray = `${clean.slice(0, strayAt)}"${clean.slice(strayAt)}`;
const cleanTime = best(3, () => readTable(clean, { table: 'Episodes' }));
const strayTime = best(3, () => readTable(stray, { table: 'Episodes' }));
console.log(
  `30 MB check (${(clean.length / 1e6).toFixed(0)} MB): clean ${cleanTime.cpu.toFixed(0)} ms CPU, one stray quote ${strayTime.cpu.toFixed(0)} ms CPU ` +
    `(${(strayTime.cpu / cleanTime.cpu).toFixed(2)}x; must stay within 2x)`,
);

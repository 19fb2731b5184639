/**
 * Bench: read + structural checks on synthetic SSDA903 Episodes, against plain papaparse, and a streamed
 * 1M-row file with peak memory. Run with `pnpm --filter @placewise/ssda903 bench`.
 * Rows are made up here (simple synthetic values, no real child data).
 */
import Papa from 'papaparse';
import { readReturn, streamTable, writeTable } from '../src/index.js';

const PLACES = ['U1', 'U3', 'U4', 'U4', 'U6', 'U6', 'K2', 'K2', 'P1', 'A4', 'K3', 'S1', 'R1', 'T4'];
const PROVIDERS: Record<string, string> = { P1: 'PR0', T4: '' };
const LS = ['C1', 'C2', 'V2', 'E1', 'J2'];
const CIN = ['N1', 'N1', 'N2', 'N4', 'N5', 'N8'];
const DISTRICTS = ['LS6', 'LS8', 'LS11', 'BD1', 'BD7', 'HX1', 'WF1', 'HD1', 'M1', 'S10', 'YO1', 'HG2'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const day = (d: number) => {
  const date = new Date(Date.UTC(2015, 0, 1) + d * 86_400_000);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
};

/** Episode CSV lines for children `from`..`to`, about five episodes each, contiguous in time. */
function episodeLines(from: number, to: number, random: () => number): string[] {
  const lines: string[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const postcode = () =>
    `${pick(DISTRICTS)} ${Math.floor(random() * 10)}${pick(LETTERS.split(''))}${pick(LETTERS.split(''))}`;
  for (let c = from; c < to; c++) {
    const child = `C${String(c).padStart(7, '0')}`;
    const home = postcode();
    let start = Math.floor(random() * 3000);
    const episodes = 1 + Math.floor(random() * 9);
    for (let e = 0; e < episodes; e++) {
      const last = e === episodes - 1;
      const end = start + 1 + Math.floor(random() * 300);
      const place = pick(PLACES);
      const provider = PROVIDERS[place] ?? pick(['PR1', 'PR4', 'PR5']);
      const urn = place === 'P1' || place === 'T4' ? '' : `SC${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      const rne = e === 0 ? 'S' : pick(['P', 'P', 'L', 'T', 'B', 'U']);
      const dec = last && random() < 0.5 ? '' : day(end);
      const rec = dec === '' ? '' : last ? 'E4A' : 'X1';
      const rpc = rne === 'L' || e === 0 || dec === '' ? '' : 'CARPL';
      lines.push(
        `${child},${day(start)},${rne},${pick(LS)},${pick(CIN)},${place},${provider},${dec},${rec},${rpc},${home},${postcode()},${urn}`,
      );
      start = end;
    }
  }
  return lines;
}

const EPISODE_HEADER = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

function headerCsv(children: number): string {
  const rows = [];
  for (let c = 0; c < children; c++) {
    rows.push({ id: `C${String(c).padStart(7, '0')}`, sex: 'female' as const, dateOfBirth: '2010-01-01', uasc: false });
  }
  return writeTable('Header', rows);
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** The fastest of several runs, each started after a full collection (run node with --expose-gc). */
function best(runs: number, run: () => number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    fastest = Math.min(fastest, run());
  }
  return fastest;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// 1. Throughput on an in-memory file.
const CHILDREN = 50_000;
const lines = episodeLines(0, CHILDREN, rng(1));
const episodesCsv = `${EPISODE_HEADER}\r\n${lines.join('\r\n')}\r\n`;
const header = headerCsv(CHILDREN);
const rows = lines.length;
console.log(`Episodes: ${rows} rows, ${mb(episodesCsv.length)} of CSV; ${CHILDREN} children`);

const baselineMs = best(5, () => time(() => Papa.parse(episodesCsv, { skipEmptyLines: true }).data.length).ms);
const baselineHeaderMs = best(
  5,
  () => time(() => Papa.parse(episodesCsv, { header: true, skipEmptyLines: true }).data.length).ms,
);
let summary = '';
const readMs = best(5, () => {
  const { ms, result } = time(() =>
    readReturn(
      [
        { name: 'header.csv', content: header },
        { name: 'episodes.csv', content: episodesCsv },
      ],
      { collectionYear: '2024-25' },
    ),
  );
  const t = result.tables.find((x) => x.table === 'Episodes');
  summary = `accepted ${t?.accepted}, rejected ${t?.rejected}, issues ${result.issues.length}`;
  return ms;
});
const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-GB')} rows/s`;
console.log(`papaparse arrays (baseline)         ${baselineMs.toFixed(0)} ms  ${rate(baselineMs)}`);
console.log(`papaparse header:true objects       ${baselineHeaderMs.toFixed(0)} ms  ${rate(baselineHeaderMs)}`);
console.log(`readReturn + structural checks      ${readMs.toFixed(0)} ms  ${rate(readMs)}  (${summary})`);
console.log(`ratio readReturn / baseline arrays: ${(readMs / baselineMs).toFixed(2)}x`);

// 2. A 1M-row file streamed in 64 KiB chunks, generated on the fly so the whole file never exists.
async function* bigFile(target: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const random = rng(2);
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
console.log(
  `streamed ${last?.rows.toLocaleString('en-GB')} rows (${streamed.toLocaleString('en-GB')} accepted) in ${(streamMs / 1000).toFixed(1)} s, ` +
    `${Math.round((last?.rows ?? 0) / (streamMs / 1000)).toLocaleString('en-GB')} rows/s (generation included)`,
);
console.log(
  `memory: rss ${mb(before.rss)} before → peak ${mb(peakRss)}; heapUsed ${mb(before.heapUsed)} before → peak ${mb(peakHeap)}`,
);

/**
 * Exact index build, load and lookup speed on an ONSPD-shaped file of 1,000,000 rows (the real directory
 * has about 2.7 million), against a naive baseline (split each line, a Map of objects, JSON to save).
 * Run: `pnpm --filter @placewise/geo bench`.
 */
import { buildOnspdIndex, loadOnspdIndex } from '../src/index.js';

const ROWS = 1_000_000;
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const sample: string[] = [];
for (let i = 0; i < ROWS; i++) {
  const d = Math.floor(i / 4000);
  const district = `${['LS', 'BD', 'WF', 'HX', 'HG'][Math.floor(d / 99)]}${1 + (d % 99)}`;
  const unit = i % 4000;
  const inward = `${unit % 10}${LETTERS.charAt(Math.floor(unit / 10) % 20)}${LETTERS.charAt(Math.floor(unit / 200) % 20)}`;
  sample.push(
    `"${district} ${inward}","","${400000 + (i % 50000)}","${430000 + (i % 70000)}","1","E08000035"`,
  );
}
const csv = `pcd7,doterm,oseast1m,osnrth1m,osgrdind,laua\n${sample.join('\n')}\n`;
const chunks: string[] = [];
for (let at = 0; at < csv.length; at += 1 << 16) chunks.push(csv.slice(at, at + (1 << 16)));

const memory = () => process.memoryUsage();
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
let peak = memory().rss;

let t0 = performance.now();
const built = await buildOnspdIndex(chunks, { onProgress: () => (peak = Math.max(peak, memory().rss)) });
const buildMs = performance.now() - t0;
peak = Math.max(peak, memory().rss);
const bytes = built.value ?? new Uint8Array();
console.log(
  `build: ${buildMs.toFixed(0)} ms, ${Math.round(ROWS / (buildMs / 1000)).toLocaleString('en-GB')} rows/s, index ${mb(bytes.length)} (${(bytes.length / built.summary.indexed).toFixed(1)} bytes/postcode), peak rss ${mb(peak)}`,
);

t0 = performance.now();
const locator = loadOnspdIndex(bytes).value;
console.log(`load: ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
let found = 0;
for (let i = 0; i < 200_000; i++)
  if (locator?.locate(sample[(i * 7919) % ROWS]?.split('"')[1] ?? '')) found++;
const lookupMs = performance.now() - t0;
console.log(
  `locate: ${Math.round(200_000 / (lookupMs / 1000)).toLocaleString('en-GB')} lookups/s (${found} found)`,
);

t0 = performance.now();
const naive = new Map<string, { e: number; n: number; la: string }>();
for (const line of csv.split('\n').slice(1)) {
  const f = line.split(',').map((x) => x.replaceAll('"', ''));
  if (f[0]) naive.set(f[0], { e: Number(f[2]), n: Number(f[3]), la: f[5] ?? '' });
}
const saved = JSON.stringify([...naive]);
const naiveMs = performance.now() - t0;
console.log(`naive baseline (split + Map + JSON): ${naiveMs.toFixed(0)} ms, saved ${mb(saved.length)}`);
console.log(
  `index build vs naive: ${(naiveMs / buildMs).toFixed(2)}× faster, ${(saved.length / bytes.length).toFixed(1)}× smaller`,
);

/**
 * Generation speed: one 500-child authority, then the national preset (150 authorities, 195,000 children
 * over three years, about 84,000 looked after on each 31 March),
 * against a naive baseline that builds the same number of episode objects with date-fns and Math.random.
 * Run: `pnpm --filter @placewise/synthetic bench`.
 */
import { addDays, formatISO } from 'date-fns';
import { generateAuthority, generateNational } from '../src/index.js';

// Generation is synchronous, so memory is sampled after each phase (the results are still held).
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

/** Wall time and CPU time (this process only: the machine may be busy with other work). */
function time<T>(label: string, run: () => T): [T, number] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  sample();
  console.log(`${label}: ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
  return [value, ms];
}

time('warm-up (decode sectors)', () => generateAuthority({ seed: 0, children: 10 }));
const [one] = time('one authority, 500 children', () => generateAuthority({ seed: 1, children: 500 }));
console.log(
  `  ${one.episodes.length} episodes, ${one.placements.length} placements, ${one.settings.length} settings`,
);

const [england, ms] = time('national preset (150 authorities, 195,000 children, 3 years)', () =>
  generateNational({ seed: 1 }),
);
const children = england.reduce((n, la) => n + la.children.length, 0);
const marches = england[0]?.collectionYears.map((y) => `${Number(y.slice(0, 4)) + 1}-03-31`) ?? [];
const stocks = marches.map((day) => {
  let n = 0;
  for (const la of england)
    n += new Set(
      la.episodes.filter((e) => e.start <= day && (e.end === undefined || e.end > day)).map((e) => e.childId),
    ).size;
  return `${day}: ${n}`;
});
console.log(`  looked after on 31 March: ${stocks.join(', ')}`);
const episodes = england.reduce((n, la) => n + la.episodes.length, 0);
console.log(
  `  ${england.length} authorities, ${children} children, ${episodes} episodes: ${Math.round(episodes / (ms / 1000))} episodes/s`,
);

const [, naiveMs] = time('naive baseline (same episode count, date-fns + Math.random, no logic)', () => {
  const out: { start: string; end: string; place: string }[] = [];
  const base = new Date(2022, 3, 1);
  for (let i = 0; i < episodes; i++) {
    const start = addDays(base, Math.floor(Math.random() * 1000));
    out.push({
      start: formatISO(start, { representation: 'date' }),
      end: formatISO(addDays(start, Math.floor(Math.random() * 300)), { representation: 'date' }),
      place: Math.random() < 0.7 ? 'U6' : 'K2',
    });
  }
  return out;
});
console.log(`  national preset / naive baseline: ${(ms / naiveMs).toFixed(2)}×`);
console.log(`peak rss ${(peakRss / 2 ** 20).toFixed(0)} MB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB`);

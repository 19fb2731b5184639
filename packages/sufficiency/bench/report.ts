// Indicators + duty rules for a national-scale synthetic cohort (the `generateNational` preset: 150 authorities).
// Run: pnpm --filter @placewise/sufficiency bench [children]
import { loadavg } from 'node:os';
import type { Child, Episode, Placement, Setting } from '@placewise/model';
import { generateNational } from '@placewise/synthetic';
import { computeIndicators, evaluateRules, RULES, type SufficiencyDataset } from '../src/index.js';

let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}
// Wall time and this process's CPU time (user + system): on a loaded machine the two differ.
function time<T>(label: string, run: () => T): { value: T; ms: number; cpuMs: number } {
  sample();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  sample();
  console.log(
    `${label.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms cpu`,
  );
  return { value, ms, cpuMs };
}

// The national preset as it stands (about 84,000 children looked after at 31 March, ~470k episodes over
// three collection years), or scaled by a number of children given as the first argument.
const cohortSize = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
// Only the four arrays are kept, so the generator's fees, referrals and vacancies can be collected.
function generate(): SufficiencyDataset {
  const children: Child[] = [];
  const episodes: Episode[] = [];
  const placements: Placement[] = [];
  const settings: Setting[] = [];
  const options = { seed: 1 } as const;
  for (const la of generateNational(
    cohortSize === undefined ? options : { ...options, children: cohortSize },
  )) {
    for (const c of la.children) children.push({ ...c, responsibleAuthority: la.authority.code });
    for (const e of la.episodes) episodes.push(e);
    for (const p of la.placements) placements.push(p);
    for (const s of la.settings) settings.push(s);
  }
  return { children, episodes, placements, settings };
}
console.log(`node ${process.version}, ${process.platform} ${process.arch}; load average at start: ${load()}`);
const dataset = time('generate national cohort (not measured below)', generate).value;
const { children, episodes, placements, settings } = dataset;
console.log(
  `cohort: ${children.length} children, ${episodes.length} episodes, ${placements.length} placements, ${settings?.length ?? 0} settings`,
);
const period = { start: '2024-04-01', end: '2025-03-31' };

// Warm-up so the JIT has compiled the hot loops, as in a long-lived process.
computeIndicators({ ...dataset }, { collectionYear: '2024-25' });
evaluateRules({ ...dataset }, { period }, { nation: 'england' });

// A fresh dataset object each round, so the per-dataset index is rebuilt inside the measurement (and then
// shared by the indicators and the rules, as in a report).
let best = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
let cla = 0;
let findings = 0;
for (let round = 1; round <= 3; round++) {
  const fresh: SufficiencyDataset = { ...dataset };
  const indicators = time(`round ${round}: computeIndicators (2024-25)`, () =>
    computeIndicators(fresh, { collectionYear: '2024-25' }),
  );
  const rules = time(`round ${round}: evaluateRules (England, whole year)`, () =>
    evaluateRules(fresh, { period }, { nation: 'england' }),
  );
  const total = indicators.ms + rules.ms;
  const totalCpu = indicators.cpuMs + rules.cpuMs;
  best = Math.min(best, total);
  bestCpu = Math.min(bestCpu, totalCpu);
  cla = indicators.value.value.claAt31March.total;
  findings = rules.value.value.length;
  console.log(
    `${`round ${round}: indicators + rules`.padEnd(50)} ${total.toFixed(0).padStart(6)} ms wall ${totalCpu.toFixed(0).padStart(6)} ms cpu`,
  );
}
console.log(
  `${'best indicators + rules'.padEnd(50)} ${best.toFixed(0).padStart(6)} ms wall ${bestCpu.toFixed(0).padStart(6)} ms cpu  (floor: < 2000 ms)`,
);
console.log(`children looked after at 31 March: ${cla}; rule findings: ${findings}`);

// Baseline: a caller running each rule on its own with a new dataset object, so each call re-indexes.
const naive = time('baseline: one evaluateRules call per rule', () => {
  let n = 0;
  for (const rule of RULES) {
    n += evaluateRules({ ...dataset }, { period }, { nation: 'england', rules: [rule] }).value.length;
  }
  return n;
});
const shared = time('shared index: one call, all rules', () =>
  evaluateRules({ ...dataset }, { period }, { nation: 'england' }),
);
console.log(`ratio baseline / shared index: ${(naive.ms / shared.ms).toFixed(2)}x`);
console.log(
  `peak rss ${(peakRss / 1e6).toFixed(0)} MB, peak heap used ${(peakHeap / 1e6).toFixed(0)} MB (sampled between steps)`,
);
console.log(`load average at end: ${load()}`);

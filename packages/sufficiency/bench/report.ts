// Indicators + duty rules for a national-scale synthetic cohort (about 84,000 children and half a million
// episodes across 150 authorities). Run: pnpm --filter @placewise/sufficiency bench
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
function time<T>(label: string, run: () => T): { value: T; ms: number } {
  sample();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  sample();
  console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms`);
  return { value, ms };
}

const generated = time('generate national cohort (not measured below)', () => generateNational({ seed: 1 }));
const children: Child[] = [];
const episodes: Episode[] = [];
const placements: Placement[] = [];
const settings: Setting[] = [];
for (const la of generated.value) {
  for (const c of la.children) children.push({ ...c, responsibleAuthority: la.authority.code });
  for (const e of la.episodes) episodes.push(e);
  for (const p of la.placements) placements.push(p);
  for (const s of la.settings) settings.push(s);
}
const dataset: SufficiencyDataset = { children, episodes, placements, settings };
console.log(
  `cohort: ${children.length} children, ${episodes.length} episodes, ${placements.length} placements, ${settings.length} settings`,
);
const period = { start: '2024-04-01', end: '2025-03-31' };

// Warm-up run so the JIT has compiled the hot loops, as it would in a long-lived process.
computeIndicators(dataset, { collectionYear: '2024-25' });
evaluateRules(dataset, { period }, { nation: 'england' });

const indicators = time('computeIndicators (2024-25)', () =>
  computeIndicators(dataset, { collectionYear: '2024-25' }),
);
const rules = time('evaluateRules (England, whole year)', () =>
  evaluateRules(dataset, { period }, { nation: 'england' }),
);
const total = indicators.ms + rules.ms;
console.log(`${'indicators + rules'.padEnd(46)} ${total.toFixed(0).padStart(6)} ms  (floor: < 2000 ms)`);
console.log(
  `children looked after at 31 March: ${indicators.value.value.claAt31March.total}; findings: ${rules.value.value.length}`,
);

// Baseline: a caller running each rule on its own, so each call re-indexes the whole dataset.
const naive = time('baseline: one evaluateRules call per rule', () => {
  let n = 0;
  for (const rule of RULES)
    n += evaluateRules(dataset, { period }, { nation: 'england', rules: [rule] }).value.length;
  return n;
});
console.log(`ratio baseline / shared index: ${(naive.ms / rules.ms).toFixed(2)}x`);
console.log(
  `peak rss ${(peakRss / 1e6).toFixed(0)} MB, peak heap used ${(peakHeap / 1e6).toFixed(0)} MB (sampled between steps)`,
);

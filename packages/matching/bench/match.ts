import { assignPlacements } from '../src/assign-placements.js';
import { matchReferral } from '../src/match-referral.js';
import { prepareVacancies } from '../src/prepare-vacancies.js';
import { generate } from './generate.js';

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 5);
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  sample();
  return [v, performance.now() - t];
};

const { locator, vacancy, referral } = generate(20250110);
const vacancies = Array.from({ length: 10_000 }, (_, i) => vacancy(i));
const referrals = Array.from({ length: 1_000 }, (_, i) => referral(i));
console.log(`machine: ${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}`);

const [prepared, prepareMs] = time(() => prepareVacancies(vacancies, { locator }));
console.log(`prepareVacancies(10k): ${prepareMs.toFixed(1)} ms`);

const fast: number[] = [];
const naive: number[] = [];
let eligible = 0;
for (let k = 0; k < 200; k++) {
  const r = referrals[k % referrals.length];
  if (!r) continue;
  const [result, ms] = time(() => matchReferral(r, prepared, { locator }));
  eligible += result.eligibleCount;
  fast.push(ms);
  if (k < 20) naive.push(time(() => matchReferral(r, vacancies, { locator, explain: 'all' }))[1]);
}
const fastMedian = median(fast.slice(20));
const naiveMedian = median(naive);
console.log(`matchReferral, 1 referral x 10k vacancies (prepared, top 10 explained): median ${fastMedian.toFixed(2)} ms, p90 ${[...fast].sort((a, b) => a - b)[Math.floor(fast.length * 0.9)]?.toFixed(2)} ms; ${(eligible / 200).toFixed(0)} eligible on average`);
console.log(`naive scan (unprepared: locate every postcode, explain every vacancy): median ${naiveMedian.toFixed(2)} ms; ratio ${(naiveMedian / fastMedian).toFixed(1)}x`);

const [assigned, assignMs] = time(() => assignPlacements(referrals, prepared, { locator }));
console.log(
  `assignPlacements, 1k referrals x 10k vacancies: ${assignMs.toFixed(0)} ms; optimal=${assigned.optimal}, relaxations=${assigned.relaxations}; ` +
    `total score ${assigned.totalScore} vs greedy ${assigned.greedy.totalScore}; children placed ${assigned.placedChildren} vs ${assigned.greedy.placedChildren}; unmatched referrals ${assigned.unmatched.length}`,
);
const [fair, fairMs] = time(() => assignPlacements(referrals, prepared, { locator, fairness: 'urgency' }));
console.log(`  with fairness 'urgency': ${fairMs.toFixed(0)} ms; total score ${fair.totalScore}; relaxations=${fair.relaxations}`);
clearInterval(timer);
sample();
console.log(`peak memory: rss ${mb(peakRss)}, heapUsed ${mb(peakHeap)}`);

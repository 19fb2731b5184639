import { generateNational } from '@placewise/synthetic';
import { computeIndicators, evaluateRules } from '../src/index.js';
const las = generateNational({ seed: 1, children: 30000, authorities: 50 });
const dataset = { children: las.flatMap((l) => l.children), episodes: las.flatMap((l) => l.episodes), placements: las.flatMap((l) => l.placements), settings: las.flatMap((l) => l.settings) };
const period = { start: '2024-04-01', end: '2025-03-31' };
for (let k = 0; k < 4; k++) {
  const fresh = { ...dataset };
  let s = performance.now(); computeIndicators(fresh, { collectionYear: '2024-25' }); const a = performance.now() - s;
  s = performance.now(); evaluateRules(fresh, { period }, { nation: 'england' }); console.log(a.toFixed(0), (performance.now() - s).toFixed(0));
}

/**
 * Times the capacity planner on 2,000 children placed away and 1,000 candidate sectors against the 10 s
 * floor, and prints the bound gap. Run: pnpm --filter @placewise/region bench
 */
import { listSectors } from '@placewise/geo';
import { createRandom } from '@placewise/synthetic';
import { type PlannerChild, planCapacity } from '../src/index.js';
import { line, machine, time } from './time.js';

const FLOOR_MS = 10_000;
const random = createRandom(15);
// A band of northern England: 1,000 sectors as candidates, and children whose homes are in those sectors.
const sectors = listSectors().filter(
  (s) =>
    s.nation === 'england' && s.point.northing > 380_000 && s.point.northing < 480_000 && s.postcodes > 0,
);
const candidates = Array.from(
  { length: 1000 },
  (_, i) => sectors[Math.floor((i * sectors.length) / 1000)] as (typeof sectors)[number],
).map((s) => ({
  id: s.sector,
  point: s.point,
}));
const children: PlannerChild[] = Array.from({ length: 2000 }, () => {
  const home = candidates[random.int(0, candidates.length - 1)] as (typeof candidates)[number];
  return {
    home: {
      easting: home.point.easting + random.int(-3000, 3000),
      northing: home.point.northing + random.int(-3000, 3000),
    },
    currentMiles: random.int(21, 150),
    weeklyCost: random.int(3000, 9000),
  };
});
console.log(`planner: ${children.length} children placed away, ${candidates.length} candidate sectors`);
console.log(machine());
for (const places of [12, 60]) {
  for (const objective of ['distance', 'cost'] as const) {
    const run = await time(() =>
      planCapacity(children, candidates, {
        places,
        type: 'childrens-home',
        objective,
        placeWeeklyCost: 5000,
      }),
    );
    const p = run.result;
    console.log(line(`${places} places, objective ${objective}`, run.wallMs, run.cpuMs, FLOOR_MS));
    console.log(
      `  value ${p.value}, bound ${p.bound}, gap ${(p.gap * 100).toFixed(2)}%, ${p.childrenBroughtBack} children brought back, ${p.milesSaved} miles saved, cost change ${p.costChange}/week, ${p.method}`,
    );
  }
}

import { generateAuthority, generateNational } from '@placewise/synthetic';
import { calibrate, calibrationTable, pool } from '../test/calibration.js';
const which = process.argv[2] ?? 'both';
let t = performance.now();
if (which !== 'national') {
  const demo = generateAuthority({ seed: 7, children: 600 });
  console.log(calibrationTable('Demo authority', calibrate(pool([demo]))));
  const big = generateAuthority({ seed: 7, children: 6000 });
  console.log(calibrationTable('Demo authority x10', calibrate(pool([big]))));
}
if (which !== 'demo') {
  t = performance.now();
  const n = generateNational({ seed: 1 });
  console.log('gen ms', Math.round(performance.now() - t));
  console.log(calibrationTable('National', calibrate(pool(n))));
}

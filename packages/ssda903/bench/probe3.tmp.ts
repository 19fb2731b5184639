import { parsePostcode } from '@placewise/model';
const D = ['LS6', 'LS8', 'LS11', 'BD1', 'BD7', 'HX1', 'WF1', 'HD1', 'M1', 'S10', 'YO1', 'HG2'];
const L = 'ABDEFGHJLNPQRSTUWXYZ';
const pcs: string[] = [];
for (let i = 0; i < 200000; i++) pcs.push(`${D[i % 12]} ${i % 10}${L[(i * 7) % 20]}${L[(i * 13) % 20]}`);
for (let k = 0; k < 3; k++) {
  let t = performance.now(); let n = 0;
  for (const p of pcs) if (parsePostcode(p).success) n++;
  console.log('parsePostcode', Math.round(performance.now() - t), 'ms per 200k', n);
  t = performance.now(); const m = new Map<string, string>();
  for (const p of pcs) { if (!m.has(p)) m.set(p, p); }
  console.log('map', Math.round(performance.now() - t));
}

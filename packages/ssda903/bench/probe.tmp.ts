import { readReturn } from '../src/index.js';
import { EPISODE_HEADER, episodeLines, headerCsv, rng } from './generate.js';
const lines = episodeLines(0, 50000, rng(1));
const csv = `${EPISODE_HEADER}\r\n${lines.join('\r\n')}\r\n`;
const header = headerCsv(50000);
for (let k = 0; k < 6; k++) {
  globalThis.gc?.();
  const t = performance.now();
  const r = readReturn([{ name: 'header.csv', content: header }, { name: 'episodes.csv', content: csv }], { collectionYear: '2024-25' });
  const ms = performance.now() - t;
  console.log(Math.round(ms), Math.round(lines.length / (ms / 1000)), r.issues.length);
}

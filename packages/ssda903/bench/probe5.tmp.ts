import { TableReader } from '../src/internal/table-reader.js';
import { EPISODE_HEADER, episodeLines, rng } from './generate.js';
const lines = episodeLines(0, 50000, rng(1));
const csv = `${EPISODE_HEADER}\r\n${lines.join('\r\n')}\r\n`;
for (let k = 0; k < 8; k++) {
  globalThis.gc?.();
  const t0 = process.cpuUsage();
  const t = performance.now();
  const r = new TableReader({ table: 'Episodes', collectionYear: '2024-25' });
  for (let i = 0; i < csv.length; i += 65536) r.push(csv.slice(i, i + 65536));
  r.end();
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(t0);
  console.log('wall', Math.round(ms), 'cpu', Math.round((cpu.user + cpu.system) / 1000), Math.round(lines.length / (ms / 1000)));
}

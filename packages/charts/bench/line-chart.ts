// How long one line chart of a long daily series takes to render (a forecast report draws a few).
// Prints wall and CPU time; on a shared machine the wall figure is noisy, so both are reported.
import { lineChart } from '../src/index.js';

const day = (i: number) => new Date(Date.UTC(2022, 3, 1) + i * 86_400_000).toISOString().slice(0, 10);
const n = 365 * 6;
const line = Array.from({ length: n }, (_, i) => ({ x: day(i), y: 400 + Math.sin(i / 30) * 20 }));
const band = Array.from({ length: n }, (_, i) => ({ x: day(i), lower: 380 - i / 100, upper: 420 + i / 100 }));
const draw = () =>
  lineChart(
    {
      series: [{ name: 'Projected', points: line }],
      bands: [
        { name: '95%', points: band },
        { name: '80%', points: band },
      ],
    },
    { title: 'Children in care' },
  );
draw(); // warm up
const runs = 10;
const wall0 = performance.now();
const cpu0 = process.cpuUsage();
let size = 0;
for (let k = 0; k < runs; k += 1) size = draw().length;
const cpu = process.cpuUsage(cpu0);
const wall = (performance.now() - wall0) / runs;
process.stdout.write(
  `lineChart, ${n} daily points (1 line + 2 bands): ${wall.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms CPU per chart; ${(size / 1024).toFixed(0)} KiB\n`,
);

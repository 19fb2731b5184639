// End to end time of `placewise region report <dir> --json` over the synthetic national preset split into
// its 150 authorities (about 84,000 looked after at 31 March, three years of CSV), against issue 15's floor
// of 5 s: `pnpm --filter @placewise/cli bench:region`. Runs the BUILT command (`node dist/bin.js`, so run
// `pnpm build` first) as a child process, three times in one thread (`--threads 1`), three times in two (the
// command's own and a worker) and, with more than 2 cores, three times with the default pool (one thread per
// core up to 8; one with 2 cores or fewer), printing each run's wall time, the
// CPU time of the whole process (every thread) and its peak resident memory, then the median of the three,
// which the floor is judged on: one run on a shared machine is one draw of its neighbours' load, and the
// median is neither the luckiest nor the unluckiest of them.
// The preset is generated once (from source, not timed) into a temporary folder laid out as the command
// reads it: a folder per GSS code, the latest year's files at the top and earlier years in `2023-24/` etc.
// Set BENCH_DIR to reuse a folder written before, BENCH_THREADS to time other pool sizes (e.g. "1,2,4"),
// BENCH_RUNS for another number of runs of each.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNational } from '@placewise/synthetic';
import { defaultThreads } from '../src/internal/region-pool.js';
import { writeRegionFolders } from '../test/region-folders.js';

const FLOOR_MS = 5000;
const YEAR = '2024-25';
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(bin) || !existsSync(join(dirname(bin), 'region-worker.js'))) {
  console.error(`No built CLI at ${bin} (with region-worker.js beside it): run pnpm build first.`);
  process.exit(2);
}

/** The preset written as folders (only the files stay: the generated authorities are dropped). */
async function writePreset(dir: string): Promise<{ authorities: number; bytes: number }> {
  const national = generateNational({ seed: 1 });
  return { authorities: national.length, bytes: await writeRegionFolders(dir, national, YEAR) };
}

/**
 * Prints the process's CPU time (user + system, every thread) and its peak resident memory (KB, every
 * thread's heap included) on stderr as it exits, for the bench to read.
 */
const CPU_REPORTER = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\nBENCH-CPU ' + (u.user + u.system) / 1000 + ' ' + process.resourceUsage().maxRSS + '\\n'); });",
)}`;

/** One run of the built command: wall time, CPU time and peak memory of the child, exit code; stdout is thrown away. */
function run(
  dir: string,
  args: string[],
): Promise<{ wallMs: number; cpuMs: number; rssMb: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', CPU_REPORTER, bin, 'region', 'report', dir, '--json', ...args],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const cpu = /BENCH-CPU ([\d.]+) (\d+)/.exec(stderr);
      if (code !== 0)
        console.error(
          stderr
            .split('\n')
            .filter((l) => !l.startsWith('Reading '))
            .join('\n'),
        );
      resolve({
        wallMs,
        cpuMs: cpu ? Number(cpu[1]) : Number.NaN,
        rssMb: cpu ? Number(cpu[2]) / 1024 : Number.NaN,
        code,
      });
    });
  });
}

const line = (label: string, wallMs: number, cpuMs: number, rssMb: number, verdict: string) =>
  `${label.padEnd(48)} wall ${wallMs.toFixed(0).padStart(7)} ms   cpu ${cpuMs.toFixed(0).padStart(7)} ms   peak ${rssMb.toFixed(0).padStart(4)} MB${verdict}`;

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

let dir = process.env.BENCH_DIR ?? '';
// A folder of our own is removed at the end; one named by BENCH_DIR is kept for the next run.
const ownDir = !dir;
if (dir && existsSync(dir) && (await readdir(dir)).length > 0)
  console.log(`synthetic national preset in ${dir} (reused)`);
else {
  dir ||= await mkdtemp(join(tmpdir(), 'placewise-national-'));
  const started = performance.now();
  const { authorities, bytes } = await writePreset(dir);
  console.log(
    `synthetic national preset: ${authorities} authorities, ${(bytes / 1e6).toFixed(0)} MB of CSV over 3 years, written to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed)`,
  );
}
// One thread and two by default, and the default pool when it is neither (more than 2 cores); the pool the
// command picks by itself on this machine is labelled as such.
const authorityCount = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
const ownPool = defaultThreads(authorityCount);
const pools = (process.env.BENCH_THREADS ?? ['1', '2', ...(ownPool > 2 ? ['default'] : [])].join(',')).split(
  ',',
);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `machine: ${cpus().length} cores (${availableParallelism()} available to node), load average ${load()} before the runs; wall time is noisy on a shared machine, CPU time (every thread of the child) less so`,
);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
for (const pool of pools) {
  const args = pool === 'default' ? [] : ['--threads', pool];
  const label =
    pool === 'default'
      ? `placewise region report --json (default: ${ownPool} threads)`
      : `placewise region report --json --threads ${pool}${Number(pool) === ownPool ? ' (the default here)' : ''}`;
  const results: { wallMs: number; cpuMs: number; rssMb: number; code: number | null }[] = [];
  for (let r = 1; r <= runs; r++) {
    const result = await run(dir, args);
    results.push(result);
    console.log(
      line(
        `${label}, run ${r}`,
        result.wallMs,
        result.cpuMs,
        result.rssMb,
        result.code === 0 ? '' : `   exit ${result.code}`,
      ),
    );
  }
  const walls = results.map((r) => r.wallMs);
  const wall = median(walls);
  // A run that failed did not do the work: no verdict of "met" then, however quick.
  const failed = results.some((r) => r.code !== 0);
  console.log(
    line(
      `${label}, median of ${runs}`,
      wall,
      median(results.map((r) => r.cpuMs)),
      median(results.map((r) => r.rssMb)),
      `   (runs ${Math.min(...walls).toFixed(0)}–${Math.max(...walls).toFixed(0)} ms)   FLOOR < ${FLOOR_MS} ms: ${failed ? 'NOT MET (a run failed)' : wall < FLOOR_MS ? 'met' : 'NOT MET'}`,
    ),
  );
  console.log(`  load average after: ${load()}`);
}
if (ownDir) await rm(dir, { recursive: true, force: true });

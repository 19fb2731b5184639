import { cpus, loadavg } from 'node:os';

/** Wall and CPU time of a run (CPU: user + system of this process, so other load on the machine shows less). */
export async function time<T>(
  run: () => T | Promise<T>,
): Promise<{ wallMs: number; cpuMs: number; result: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, result };
}

/**
 * One line: label, wall and CPU time, and with a floor whether it is met. The floor is judged on wall time;
 * on a shared machine CPU time says what the run would take alone, so both verdicts are printed.
 */
export function line(label: string, wallMs: number, cpuMs: number, floorMs?: number): string {
  const verdict = (ms: number) => (ms < (floorMs ?? 0) ? 'met' : 'NOT MET');
  const floor =
    floorMs === undefined
      ? ''
      : `   < ${floorMs} ms: ${verdict(wallMs)} on wall time, ${verdict(cpuMs)} on CPU time`;
  return `${label.padEnd(56)} wall ${wallMs.toFixed(0).padStart(7)} ms   cpu ${cpuMs.toFixed(0).padStart(7)} ms${floor}`;
}

/** The machine the figures came from. */
export function machine(): string {
  return `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (shared: wall time is noisy, CPU time less so)`;
}

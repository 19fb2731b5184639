import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CollectionYear } from '@placewise/model';
import { type AuthorityReturn, findForecastWindow } from '@placewise/region';
import { generateRegion, syntheticAuthorityReturn } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import { buildBin } from '../../test/build-bin.js';
import { capture } from '../../test/capture.js';
import { writeRegionFolders } from '../../test/region-folders.js';
import { CliExit } from '../io.js';
import { listRegionDir } from './region-input.js';
import {
  defaultThreads,
  failureOf,
  findRegionWorker,
  largestFirst,
  openRegionPool,
  summariseInWorkers,
  type WorkerEntry,
} from './region-pool.js';
import { summariseInThisThread } from './summarise-region.js';
import { toCliExit } from './to-cli-exit.js';

const YEAR: CollectionYear = '2024-25';
/** Three authorities' returns as the CLI reads them: bytes, the latest year and two earlier ones. */
function returns(): AuthorityReturn[] {
  return generateRegion({ seed: 5, authorities: 3, children: 80 }).map((la) =>
    syntheticAuthorityReturn(la, { year: YEAR, bytes: true }),
  );
}
const settings = { collectionYear: YEAR, from: findForecastWindow(returns(), { collectionYear: YEAR }).from };

describe('the region worker pool', () => {
  it('finds the worker: from source, the TypeScript through tsx', () => {
    expect(findRegionWorker()?.kind).toBe('eval');
  });

  it('gives the summaries of one thread from the built worker, in the returns’ order', async () => {
    const bin = await buildBin();
    const entry: WorkerEntry = { kind: 'built', url: new URL('./region-worker.js', pathToFileURL(bin)) };
    const inputs = returns();
    const inWorkers = await summariseInWorkers(entry, inputs, settings, 2);
    // The files' bytes were handed over to the workers, not copied.
    expect(inputs[0]?.files[0]?.content).toHaveLength(0);
    const inOne = await summariseInThisThread(returns(), settings);
    expect(inWorkers.map((r) => r.summary.gss)).toEqual(inOne.map((r) => r.summary.gss));
    expect(inWorkers).toStrictEqual(inOne);
    expect(inOne[0]?.summary.indicators.claAt31March.total).toBeGreaterThan(0);
  }, 60_000);

  it('gives the summaries of one thread when the workers read the listed files themselves', async () => {
    const bin = await buildBin();
    const entry: WorkerEntry = { kind: 'built', url: new URL('./region-worker.js', pathToFileURL(bin)) };
    const dir = await mkdtemp(join(tmpdir(), 'pw-pool-listed-'));
    await writeRegionFolders(dir, generateRegion({ seed: 5, authorities: 3, children: 80 }), YEAR);
    const { authorities } = await listRegionDir(dir, YEAR, capture().io);
    // Listed, not read: every file a path for the worker to read.
    expect(authorities.flatMap((a) => a.files).every((f) => 'path' in f && !('content' in f))).toBe(true);
    const inWorkers = await summariseInWorkers(entry, authorities, settings, 2);
    // The folders are listed in their GSS codes' order.
    const sorted = returns().sort((a, b) => (a.gss < b.gss ? -1 : 1));
    expect(inWorkers.map((r) => r.summary.gss)).toEqual(sorted.map((r) => r.gss));
    expect(inWorkers).toStrictEqual(await summariseInThisThread(sorted, settings));
  }, 60_000);

  it('shares the work between the calling thread and the workers, with the summaries of one thread', async () => {
    const bin = await buildBin();
    const entry: WorkerEntry = { kind: 'built', url: new URL('./region-worker.js', pathToFileURL(bin)) };
    const inOne = await summariseInThisThread(returns(), settings);
    // The three authorities twice over (each copy its own bytes): six to share.
    const inputs = [...returns(), ...returns()];
    const one = [...inOne, ...inOne];
    const pool = openRegionPool(entry, 1);
    const here: string[] = [];
    try {
      const shared = await pool.summarise(inputs, settings, {
        here: async (input) => {
          here.push(input.gss);
          const [result] = await summariseInThisThread([input], settings);
          return result as (typeof inOne)[number];
        },
      });
      expect(shared).toStrictEqual(one);
    } finally {
      await pool.close();
    }
    // The worker held two authorities at once from the start; this thread took the third largest at least.
    expect(here.length).toBeGreaterThanOrEqual(1);
    expect(here.length).toBeLessThanOrEqual(inputs.length - 2);
  }, 60_000);

  it('rejects with the calling thread’s own failure, and the pool still closes', async () => {
    const pool = openRegionPool({ kind: 'eval', code: 'setInterval(() => {}, 1000);' }, 1);
    try {
      const failing = async () => {
        throw new RangeError('samples must be 1 or more');
      };
      await expect(pool.summarise(returns(), settings, { here: failing })).rejects.toThrow(RangeError);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('hands out the largest authorities first, counting every year’s files, ties in their own order', () => {
    const file = (bytes: number) => ({ name: 'episodes.csv', content: new Uint8Array(bytes) });
    const order = largestFirst([
      { gss: 'E08000032', files: [file(10)] },
      // 5 bytes this year and 20 in an earlier one: 25 in all, the largest.
      { gss: 'E08000033', files: [file(5)], earlier: [{ collectionYear: '2023-24', files: [file(20)] }] },
      // Text counts by its characters: 16.
      { gss: 'E08000034', files: [{ name: 'header.csv', content: 'CHILD\n123456789\n' }] },
      { gss: 'E08000035', files: [file(10)] },
    ]);
    // 25, then 16, then the two of 10 in their own order.
    expect(order).toEqual([1, 2, 0, 3]);
  });

  it('ends every worker and rejects, never hangs, when a worker fails', async () => {
    const run = (code: string) => summariseInWorkers({ kind: 'eval', code }, returns(), settings, 2);
    // A worker that throws as it starts.
    await expect(run("throw new TypeError('no start');")).rejects.toThrow('no start');
    // A worker that stops.
    await expect(run('process.exit(3);')).rejects.toThrow('A worker thread stopped (exit code 3).');
    // A worker whose task failed: the error comes back with its name, so the exit code is the one-thread one.
    const failing =
      "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (t) => parentPort.postMessage({ id: t.id, failure: { name: 'RangeError', message: 'samples must be 1 or more' } }));";
    const error = await run(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect(toCliExit(error)).toMatchObject({ exitCode: 2, code: 'cli.invalid-option' });
    // A file the worker could not read: the command's own exit and code, as reading it here would end.
    const unreadable = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (t) => parentPort.postMessage({ id: t.id, failure: ${JSON.stringify(failureOf(new CliExit(2, 'Cannot read E08000032/episodes.csv: no such file or directory.', { code: 'file.not-found' })))} }));`;
    const gone = await run(unreadable).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(CliExit);
    expect(gone).toMatchObject({
      exitCode: 2,
      code: 'file.not-found',
      message: 'Cannot read E08000032/episodes.csv: no such file or directory.',
    });
  }, 60_000);

  it('fails the next run, not the process, when a worker fails before it is given work', async () => {
    const pool = openRegionPool({ kind: 'eval', code: "throw new Error('cannot load');" }, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(pool.summarise(returns(), settings)).rejects.toThrow('cannot load');
    await pool.close();
    await pool.close();
    await expect(pool.summarise(returns(), settings)).rejects.toThrow();
  }, 30_000);

  it('uses every core from three, at most 8, never more threads than authorities, and one thread on two cores', () => {
    expect(defaultThreads(150, 1)).toBe(1);
    expect(defaultThreads(150, 2)).toBe(1);
    expect(defaultThreads(150, 3)).toBe(3);
    expect(defaultThreads(150, 4)).toBe(4);
    expect(defaultThreads(150, 64)).toBe(8);
    expect(defaultThreads(2, 16)).toBe(2);
    expect(defaultThreads(1, 16)).toBe(1);
    expect(defaultThreads(0, 16)).toBe(1);
    // Without a core count, the process's own.
    expect(defaultThreads(150)).toBe(defaultThreads(150, availableParallelism()));
  });
});

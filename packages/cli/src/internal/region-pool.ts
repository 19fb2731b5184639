import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuthorityReturn } from '@placewise/region';
import type { SummarisedReturn, SummariseSettings } from './summarise-return.js';

/**
 * Each worker's young generation, in MB (otherwise V8's own default). Reading a return makes hundreds of
 * thousands of short-lived strings and records; a larger young generation collects them less often, and
 * each worker's time in the garbage collector fell by about a half (1.4 s to 0.8 s, `--cpu-prof` on the
 * national preset; 192 MB did no better).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

/** At most this many worker threads by default, so that one report does not take over a large server. */
export const MAX_DEFAULT_THREADS = 8;

/** The default pool: every core the process may use, at most {@link MAX_DEFAULT_THREADS}, one per authority at most. */
export function defaultThreads(authorities: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_THREADS, authorities));
}

/**
 * How to start the worker: the built file, or code to evaluate (from source, as the tests run: the TypeScript
 * imported through tsx).
 */
export type WorkerEntry = { kind: 'built'; url: URL } | { kind: 'eval'; code: string };

/**
 * Where the worker is: `region-worker.js` beside the running bundle (`dist/bin.js`, `dist/index.js`), or
 * when running from source `src/region-worker.ts`, started through tsx's loader (a development dependency of
 * the repository, so only there). `undefined` when neither is found (a bundle without the worker, the
 * CommonJS build): the command then works in one thread.
 */
export function findRegionWorker(): WorkerEntry | undefined {
  const here = import.meta.url as string | undefined;
  if (!here) return undefined;
  const built = new URL('./region-worker.js', here);
  if (existsSync(fileURLToPath(built))) return { kind: 'built', url: built };
  const source = new URL('../region-worker.ts', here);
  if (!existsSync(fileURLToPath(source))) return undefined;
  try {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx/package.json'));
    const api = new URL('./dist/esm/api/index.mjs', tsx);
    if (!existsSync(fileURLToPath(api))) return undefined;
    const target = JSON.stringify(source.href);
    return {
      kind: 'eval',
      code: `import(${JSON.stringify(api.href)}).then((tsx) => tsx.tsImport(${target}, ${target}));`,
    };
  } catch {
    return undefined;
  }
}

/** Every file of an authority's return, this year's and each earlier year's. */
const filesOf = (input: AuthorityReturn) => [
  ...input.files,
  ...(input.earlier ?? []).flatMap((e) => e.files),
];

/** The file buffers a task can hand over to the worker rather than copy (each file's bytes its own buffer). */
function transferable(input: AuthorityReturn): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { content } of filesOf(input))
    if (
      typeof content !== 'string' &&
      content.buffer instanceof ArrayBuffer &&
      content.byteOffset === 0 &&
      content.byteLength === content.buffer.byteLength
    )
      buffers.add(content.buffer);
  return [...buffers];
}

/** Bytes of an authority's files, every year's: what its reading and forecast take grows with them. */
function sizeOf(input: AuthorityReturn): number {
  return filesOf(input).reduce((n, { content }) => n + content.length, 0);
}

/**
 * The returns' indices, largest first (ties in their own order): the last authorities handed out are then
 * the smallest, so the workers finish close together rather than one finishing a large authority alone.
 * The summaries still come back in the returns' order.
 */
export function largestFirst(returns: readonly AuthorityReturn[]): number[] {
  const sizes = returns.map(sizeOf);
  return returns.map((_, i) => i).sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
}

/** An error a worker sent back, rebuilt with its name and message so the command ends as in one thread. */
function rebuild(failure: { name: string; message: string }): Error {
  const error = failure.name === 'RangeError' ? new RangeError(failure.message) : new Error(failure.message);
  if (failure.name !== 'RangeError') error.name = failure.name;
  return error;
}

/**
 * Tasks a worker holds at once: the one it works on and the next, so that it never waits for the main
 * thread, which hands out work only between its own authorities when it works too.
 */
const AHEAD = 2;

/** A pool of region workers, started before the folders are read so that they load meanwhile. */
export interface RegionPool {
  /** How many worker threads. */
  readonly size: number;
  /**
   * Reads and summarises every authority, largest first, each worker holding {@link AHEAD} at once and sent
   * the next as it finishes one (its files' bytes handed over, not copied). With `here`, the calling thread
   * works too: it takes the next authority whenever it finishes one, and between its own it hands out work
   * to the workers. The summaries come back in the returns' order. The first failure (an error in a
   * worker, in `here`, or a worker that stops) rejects with that error.
   */
  summarise(
    returns: readonly AuthorityReturn[],
    settings: SummariseSettings,
    here?: (input: AuthorityReturn) => Promise<SummarisedReturn>,
  ): Promise<SummarisedReturn[]>;
  /** Ends every worker. */
  close(): Promise<void>;
}

type Reply = { id: number; result?: SummarisedReturn; failure?: { name: string; message: string } };

/**
 * Starts `threads` workers from `entry`. Nothing is left running after `close()`, and a worker that fails
 * before it is given work fails the next `summarise` rather than the process.
 */
export function openRegionPool(entry: WorkerEntry, threads: number): RegionPool {
  const workers: Worker[] = [];
  let failed: Error | undefined;
  let job: { reply: (worker: Worker, reply: Reply) => void; fail: (error: Error) => void } | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    job?.fail(error);
  };
  for (let t = 0; t < threads; t++) {
    const worker =
      entry.kind === 'built'
        ? new Worker(entry.url, { resourceLimits: WORKER_LIMITS })
        : new Worker(entry.code, {
            eval: true,
            execArgv: ['--conditions=@placewise/source'],
            resourceLimits: WORKER_LIMITS,
          });
    worker.on('message', (reply: Reply) => job?.reply(worker, reply));
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`A worker thread stopped (exit code ${code}).`)));
    workers.push(worker);
  }
  let closed = false;
  return {
    size: threads,
    summarise(returns, settings, here) {
      const results = new Array<SummarisedReturn>(returns.length);
      let next = 0;
      let done = 0;
      return new Promise<SummarisedReturn[]>((resolve, reject) => {
        if (failed) return reject(failed);
        if (returns.length === 0) return resolve(results);
        const order = largestFirst(returns);
        const send = (worker: Worker) => {
          if (next >= returns.length) return;
          const id = order[next++] as number;
          const input = returns[id] as AuthorityReturn;
          worker.postMessage({ type: 'task', id, input }, transferable(input));
        };
        const finish = (id: number, result: SummarisedReturn) => {
          results[id] = result;
          done += 1;
          if (done < returns.length) return;
          job = undefined;
          resolve(results);
        };
        job = {
          fail: (error) => {
            job = undefined;
            reject(error);
          },
          reply: (worker, reply) => {
            if (reply.failure) return job?.fail(rebuild(reply.failure));
            send(worker);
            finish(reply.id, reply.result as SummarisedReturn);
          },
        };
        for (const worker of workers) worker.postMessage({ type: 'settings', settings });
        for (let held = 0; held < AHEAD; held++) for (const worker of workers) send(worker);
        if (!here) return;
        const work = async () => {
          while (job && next < returns.length) {
            const id = order[next++] as number;
            const result = await here(returns[id] as AuthorityReturn);
            if (!job) return;
            finish(id, result);
            // A turn of the event loop, so the workers' replies waiting meanwhile are taken and answered.
            await new Promise((resume) => setImmediate(resume));
          }
        };
        work().catch((error: unknown) =>
          job?.fail(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      job = undefined;
      failed ??= new Error('The worker pool is closed.');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Reads and summarises every authority in a pool of `threads` workers started for the purpose, then ends
 * them (see {@link openRegionPool}).
 */
export async function summariseInWorkers(
  entry: WorkerEntry,
  returns: readonly AuthorityReturn[],
  settings: SummariseSettings,
  threads: number,
): Promise<SummarisedReturn[]> {
  const pool = openRegionPool(entry, Math.max(1, Math.min(threads, returns.length)));
  try {
    return await pool.summarise(returns, settings);
  } finally {
    await pool.close();
  }
}

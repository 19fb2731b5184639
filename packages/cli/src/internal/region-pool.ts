import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CliExit } from '../io.js';
import { filesOfListed, type ListedAuthority, sizeOfListed } from './listed-authority.js';
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

/**
 * The default pool: every core the process may use, at most {@link MAX_DEFAULT_THREADS} and one per
 * authority; one thread (no worker) with two cores or fewer. On a 2-core machine a worker gained nothing:
 * V8 compiles the hot code again in each thread and collects each thread's garbage on the same two cores,
 * so with one worker the national preset took about the same wall time (4.1–4.6 s with it, 4.1–4.4 s
 * without, 2026-11-30) for about 45% more CPU and 100 MB more memory. `--threads 2` still asks for it.
 */
export function defaultThreads(authorities: number, cores = availableParallelism()): number {
  if (cores <= 2) return 1;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_THREADS, authorities));
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

/** The file buffers a task can hand over to the worker rather than copy (each read file's bytes its own buffer). */
function transferable(input: ListedAuthority): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const file of filesOfListed(input))
    if (
      'content' in file &&
      typeof file.content !== 'string' &&
      file.content.buffer instanceof ArrayBuffer &&
      file.content.byteOffset === 0 &&
      file.content.byteLength === file.content.buffer.byteLength
    )
      buffers.add(file.content.buffer);
  return [...buffers];
}

/** Bytes of an authority's files, every year's: what its reading and forecast take grows with them. */
function sizeOf(input: ListedAuthority): number {
  return filesOfListed(input).reduce((n, file) => n + sizeOfListed(file), 0);
}

/**
 * The returns' indices, largest first (ties in their own order): the last authorities handed out are then
 * the smallest, so the workers finish close together rather than one finishing a large authority alone.
 * The summaries still come back in the returns' order.
 */
export function largestFirst(returns: readonly ListedAuthority[]): number[] {
  const sizes = returns.map(sizeOf);
  return returns.map((_, i) => i).sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
}

/** What a worker sends back of a failure: plain data. */
export interface WorkerFailure {
  name: string;
  message: string;
  /** A `CliExit`'s exit code and stable code (a file that could not be read). */
  exit?: { exitCode: number; code: string };
}

/** A failure as a worker sends it back (see {@link rebuild}). */
export function failureOf(error: unknown): WorkerFailure {
  if (error instanceof CliExit)
    return { name: error.name, message: error.message, exit: { exitCode: error.exitCode, code: error.code } };
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  return { name, message };
}

/** An error a worker sent back, rebuilt with its name and message so the command ends as in one thread. */
function rebuild(failure: WorkerFailure): Error {
  if (failure.exit) return new CliExit(failure.exit.exitCode, failure.message, { code: failure.exit.code });
  const error = failure.name === 'RangeError' ? new RangeError(failure.message) : new Error(failure.message);
  if (failure.name !== 'RangeError') error.name = failure.name;
  return error;
}

/**
 * Tasks a worker holds at once: the one it works on and the next, so that it never waits for the main
 * thread, which hands out work only between its own authorities when it works too.
 */
const AHEAD = 2;

/** A pool of region workers, started before the folders are listed so that they load meanwhile. */
export interface RegionPool {
  /** How many worker threads. */
  readonly size: number;
  /**
   * Reads and summarises every authority, largest first, each worker holding {@link AHEAD} at once and sent
   * the next as it finishes one (the files it has not been given it reads itself; bytes already read are
   * handed over, not copied). See {@link SummariseOptions} for the calling thread working too. The summaries
   * come back in the returns' order. The first failure (an error in a worker, in `here`, or a worker that
   * stops) rejects with that error.
   */
  summarise(
    returns: readonly ListedAuthority[],
    settings: SummariseSettings,
    options?: SummariseOptions,
  ): Promise<SummarisedReturn[]>;
  /** Ends every worker. */
  close(): Promise<void>;
}

/** Options of {@link RegionPool.summarise}. */
export interface SummariseOptions {
  /**
   * The calling thread works too: it takes the next authority whenever it finishes one, and between its
   * own it hands out work to the workers.
   */
  here?: (input: ListedAuthority) => Promise<SummarisedReturn>;
  /** Told of each authority as it is handed out, to a worker or to `here` (to say it is being read). */
  onStart?: (input: ListedAuthority) => void;
}

type Reply = { id: number; result?: SummarisedReturn; failure?: WorkerFailure };

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
    summarise(returns, settings, { here, onStart } = {}) {
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
          const input = returns[id] as ListedAuthority;
          onStart?.(input);
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
            const input = returns[id] as ListedAuthority;
            onStart?.(input);
            const result = await here(input);
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
  returns: readonly ListedAuthority[],
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

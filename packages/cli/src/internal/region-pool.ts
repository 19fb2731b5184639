import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuthorityReturn } from '@placewise/region';
import type { SummarisedReturn, SummariseSettings } from './summarise-return.js';

/** At most this many worker threads by default: past it, reading the files and combining dominate. */
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
    const api = new URL('./dist/esm/api/index.mjs', tsx).href;
    const target = JSON.stringify(source.href);
    return {
      kind: 'eval',
      code: `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${target}, ${target}));`,
    };
  } catch {
    return undefined;
  }
}

/** The file buffers a task can hand over to the worker rather than copy (each file's bytes its own buffer). */
function transferable(input: AuthorityReturn): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const files = [...input.files, ...(input.earlier ?? []).flatMap((e) => e.files)];
  for (const { content } of files)
    if (
      typeof content !== 'string' &&
      content.buffer instanceof ArrayBuffer &&
      content.byteOffset === 0 &&
      content.byteLength === content.buffer.byteLength
    )
      buffers.add(content.buffer);
  return [...buffers];
}

/** An error a worker sent back, rebuilt with its name and message so the command ends as in one thread. */
function rebuild(failure: { name: string; message: string }): Error {
  const error = failure.name === 'RangeError' ? new RangeError(failure.message) : new Error(failure.message);
  if (failure.name !== 'RangeError') error.name = failure.name;
  return error;
}

/**
 * Reads and summarises every authority in a pool of `threads` worker threads, each sent the next authority
 * when it finishes one (its files' bytes handed over, not copied), and gives the summaries back in the
 * returns' order. The first failure (an error in a worker, or a worker that stops) ends every worker and
 * rejects with that error; nothing is left running.
 */
export async function summariseInWorkers(
  entry: WorkerEntry,
  returns: readonly AuthorityReturn[],
  settings: SummariseSettings,
  threads: number,
): Promise<SummarisedReturn[]> {
  const results = new Array<SummarisedReturn>(returns.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (returns.length === 0) return resolve();
      const send = (worker: Worker) => {
        if (next >= returns.length) return;
        const id = next++;
        const input = returns[id] as AuthorityReturn;
        worker.postMessage({ id, input }, transferable(input));
      };
      for (let t = 0; t < Math.min(threads, returns.length); t++) {
        const worker =
          entry.kind === 'built'
            ? new Worker(entry.url, { workerData: settings })
            : new Worker(entry.code, {
                eval: true,
                workerData: settings,
                execArgv: ['--conditions=@placewise/source'],
              });
        workers.push(worker);
        worker.on(
          'message',
          (message: {
            id: number;
            result?: SummarisedReturn;
            failure?: { name: string; message: string };
          }) => {
            if (message.failure) return reject(rebuild(message.failure));
            results[message.id] = message.result as SummarisedReturn;
            done += 1;
            if (done === returns.length) resolve();
            else send(worker);
          },
        );
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < returns.length) reject(new Error(`A worker thread stopped (exit code ${code}).`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

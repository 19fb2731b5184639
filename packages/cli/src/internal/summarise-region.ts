import { createSectorLocator } from '@placewise/geo';
import type { CollectionYear } from '@placewise/model';
import { type AuthorityReturn, findForecastWindow } from '@placewise/region';
import { CliExit, type CliIo } from '../io.js';
import { readKeyFile } from './read-key-file.js';
import { listAuthorityFolders, readRegionDir } from './region-input.js';
import { defaultThreads, findRegionWorker, openRegionPool } from './region-pool.js';
import {
  pseudonymiseWith,
  type SummarisedReturn,
  type SummariseSettings,
  summariseReturn,
} from './summarise-return.js';

/** The `--threads` flag as a whole number of threads from 1, `undefined` when absent; exit 2 otherwise. */
export function parseThreadsFlag(threads: string | undefined): number | undefined {
  if (threads === undefined) return undefined;
  const n = Number(threads);
  if (!(Number.isInteger(n) && n >= 1 && n <= 256))
    throw new CliExit(2, '--threads must be a whole number of threads from 1 to 256, e.g. 4.', {
      code: 'cli.invalid-option',
    });
  return n;
}

/**
 * Reads and summarises one authority at a time in this thread, each with the same locator (and, for
 * `--key-file`, the same pseudonymiser): what a worker does with each authority it is sent.
 */
async function summariserHere(
  settings: SummariseSettings,
): Promise<(input: AuthorityReturn) => Promise<SummarisedReturn>> {
  const locator = createSectorLocator();
  const transform = settings.key ? await pseudonymiseWith(settings.key) : undefined;
  return (input) => summariseReturn(input, settings, { locator, ...(transform ? { transform } : {}) });
}

/** Every authority read and summarised in this thread, one after another (`--threads 1`). */
export async function summariseInThisThread(
  returns: readonly AuthorityReturn[],
  settings: SummariseSettings,
): Promise<SummarisedReturn[]> {
  const here = await summariserHere(settings);
  const out: SummarisedReturn[] = [];
  for (const input of returns) out.push(await here(input));
  return out;
}

/** Options of {@link summariseRegionDir}: the command's flags. */
export interface SummariseRegionDirOptions {
  year?: CollectionYear;
  keyFile?: string;
  /**
   * Threads that read and summarise: this one and `threads − 1` workers. Default one per core up to 8 and
   * one per authority; 1: no worker.
   */
  threads?: number;
}

/**
 * `region report`'s reading: every authority folder of `dir` read (`readRegionDir`) and each authority read
 * and summarised over the region's forecast window: by this thread and a pool of worker threads started
 * before the folders are read (so they load meanwhile), or by this thread alone with one thread or when the
 * worker file is not there. The same `summariseReturn` runs either way, so the summaries (and the report)
 * are the same.
 */
export async function summariseRegionDir(
  dir: string,
  options: SummariseRegionDirOptions,
  io: CliIo,
): Promise<{ year: CollectionYear; summaries: SummarisedReturn[] }> {
  const folders = await listAuthorityFolders(dir, io);
  const size = Math.min(options.threads ?? defaultThreads(folders.length), folders.length);
  const entry = size > 1 ? findRegionWorker() : undefined;
  // This thread works too, so n threads are this one and n − 1 workers.
  const pool = entry ? openRegionPool(entry, size - 1) : undefined;
  try {
    const { returns, year } = await readRegionDir(dir, options.year, io, folders);
    const key = options.keyFile ? await readKeyFile(options.keyFile, io) : undefined;
    const { from } = findForecastWindow(returns, { collectionYear: year });
    const settings: SummariseSettings = { collectionYear: year, from, ...(key ? { key } : {}) };
    if (!pool) return { year, summaries: await summariseInThisThread(returns, settings) };
    return { year, summaries: await pool.summarise(returns, settings, await summariserHere(settings)) };
  } finally {
    await pool?.close();
  }
}

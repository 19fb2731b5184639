import { createSectorLocator } from '@placewise/geo';
import type { CollectionYear } from '@placewise/model';
import { findForecastWindow } from '@placewise/region';
import { CliExit, type CliIo } from '../io.js';
import { type ListedAuthority, loadAuthority, reportReadingOf } from './listed-authority.js';
import { readKeyFile } from './read-key-file.js';
import { listAuthorityFolders, listRegionDir } from './region-input.js';
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
): Promise<(input: ListedAuthority) => Promise<SummarisedReturn>> {
  const locator = createSectorLocator();
  const transform = settings.key ? await pseudonymiseWith(settings.key) : undefined;
  return (input) =>
    summariseReturn(loadAuthority(input), settings, { locator, ...(transform ? { transform } : {}) });
}

/**
 * Every authority read and summarised in this thread, one after another (`--threads 1`); `onStart` is told
 * of each as its turn comes.
 */
export async function summariseInThisThread(
  returns: readonly ListedAuthority[],
  settings: SummariseSettings,
  onStart?: (input: ListedAuthority) => void,
): Promise<SummarisedReturn[]> {
  const here = await summariserHere(settings);
  const out: SummarisedReturn[] = [];
  for (const input of returns) {
    onStart?.(input);
    out.push(await here(input));
  }
  return out;
}

/** Options of {@link summariseRegionDir}: the command's flags. */
export interface SummariseRegionDirOptions {
  year?: CollectionYear;
  keyFile?: string;
  /**
   * Threads that read and summarise: this one and `threads − 1` workers. Default one per core up to 8 and
   * one per authority, and one with two cores or fewer; 1: no worker.
   */
  threads?: number;
}

/**
 * `region report`'s reading: every authority folder of `dir` listed (`listRegionDir`) and each authority read
 * and summarised over the region's forecast window: by this thread and a pool of worker threads started
 * before the folders are listed (so they load meanwhile), or by this thread alone with one thread or when
 * the worker file is not there. Each thread reads the files of the authorities it summarises, so no thread
 * waits for all of them to be read. The same `summariseReturn` runs either way, so the summaries (and the
 * report) are the same.
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
    const { authorities, year } = await listRegionDir(dir, options.year, io, folders);
    const key = options.keyFile ? await readKeyFile(options.keyFile, io) : undefined;
    const { from } = findForecastWindow(authorities, { collectionYear: year });
    const settings: SummariseSettings = { collectionYear: year, from, ...(key ? { key } : {}) };
    const onStart = (input: ListedAuthority) => reportReadingOf(input, io);
    if (!pool) return { year, summaries: await summariseInThisThread(authorities, settings, onStart) };
    const here = await summariserHere(settings);
    return { year, summaries: await pool.summarise(authorities, settings, { here, onStart }) };
  } finally {
    // Not waited for: ending a worker tears down its whole heap (0.3 s and more here), which its core does
    // while this thread combines the summaries. The process still waits for the workers to end before it
    // exits, and a closed pool takes no more work.
    pool?.close().catch(() => undefined);
  }
}

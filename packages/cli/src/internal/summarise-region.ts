import { createSectorLocator } from '@placewise/geo';
import type { AuthorityReturn } from '@placewise/region';
import { CliExit } from '../io.js';
import { defaultThreads, findRegionWorker, summariseInWorkers } from './region-pool.js';
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
 * Every authority of a `region report` read and summarised: in a pool of worker threads (`threads`, default
 * one per core up to 8 and one per authority), or in this thread with `threads` 1 or when the worker file is
 * not there. Either way the same `summariseReturn` runs, so the summaries (and the report) are the same.
 */
export async function summariseRegion(
  returns: readonly AuthorityReturn[],
  settings: SummariseSettings,
  threads: number | undefined,
): Promise<SummarisedReturn[]> {
  const pool = Math.min(threads ?? defaultThreads(returns.length), returns.length);
  const entry = pool > 1 ? findRegionWorker() : undefined;
  if (entry) return summariseInWorkers(entry, returns, settings, pool);
  const locator = createSectorLocator();
  const transform = settings.key ? await pseudonymiseWith(settings.key) : undefined;
  const out: SummarisedReturn[] = [];
  for (const input of returns)
    out.push(await summariseReturn(input, settings, { locator, ...(transform ? { transform } : {}) }));
  return out;
}

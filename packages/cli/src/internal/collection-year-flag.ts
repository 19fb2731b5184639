import {
  type CollectionYear,
  inferCollectionYear,
  isSupportedCollectionYear,
  SUPPORTED_COLLECTION_YEARS,
} from '@placewise/model';
import type { ReadReturnResult } from '@placewise/ssda903';
import { CliExit } from '../io.js';

/** The supported range, as the messages print it. */
export const SUPPORTED_RANGE = `${SUPPORTED_COLLECTION_YEARS.first} to ${SUPPORTED_COLLECTION_YEARS.last}`;

/**
 * A `--year` flag as a supported collection year, `undefined` when absent; exits 2 with the supported
 * range in the message when it is not one.
 */
export function parseYearFlag(year: string | undefined): CollectionYear | undefined {
  if (year === undefined) return undefined;
  if (!isSupportedCollectionYear(year)) {
    throw new CliExit(
      2,
      `--year ${/^[\w-]{1,12}$/.test(year) ? year : '(given)'} is not a supported collection year: use one from ${SUPPORTED_RANGE}, written like 2024-25.`,
    );
  }
  return year;
}

/** The collection year a read return covers, from its latest DECOM or DEC; `undefined` when unsupported or none. */
export function inferYearOf(result: ReadReturnResult): CollectionYear | undefined {
  const dates = function* () {
    for (const episode of result.value.episodes) {
      yield episode.start;
      yield episode.end;
    }
  };
  const year = inferCollectionYear(dates());
  return year !== undefined && isSupportedCollectionYear(year) ? year : undefined;
}

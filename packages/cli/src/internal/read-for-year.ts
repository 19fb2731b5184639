import type { CollectionYear } from '@placewise/model';
import { type ReadReturnResult, type ReturnFile, readReturn } from '@placewise/ssda903';
import type { CliIo } from '../io.js';
import { inferYearOf } from './collection-year-flag.js';

/**
 * Reads the return for the year given, or else for the year its latest DECOM/DEC falls in (said on
 * stderr), so codes and SEX are checked against the right year's lists.
 */
export function readForYear(
  files: ReturnFile[],
  flag: CollectionYear | undefined,
  io: CliIo,
): { result: ReadReturnResult; year: CollectionYear | undefined } {
  if (flag) return { result: readWithProgress(files, flag, io), year: flag };
  const first = readWithProgress(files, undefined, io);
  const year = inferYearOf(first);
  if (!year) {
    io.stderr(
      'Could not tell the collection year from the episodes; codes were checked against every year.\n',
    );
    return { result: first, year: undefined };
  }
  io.stderr(`Collection year ${year} (from the latest episode date; pass --year to choose).\n`);
  return { result: readWithProgress(files, year, io), year };
}

function readWithProgress(
  files: ReturnFile[],
  year: CollectionYear | undefined,
  io: CliIo,
): ReadReturnResult {
  const started = Date.now();
  const result = readReturn(files, year ? { collectionYear: year } : {});
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  if (Date.now() - started > 2000) io.stderr(`Read and checked ${rows} rows in ${Date.now() - started} ms\n`);
  return result;
}

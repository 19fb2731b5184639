import { type CollectionYear, collectionYearBounds, type IsoDate } from '@placewise/model';

/**
 * The years a return covers: all {@link findForecastWindow} reads of it, so its files may be listed and not
 * read yet. An `AuthorityReturn` is one.
 */
export interface ReturnYears {
  earlier?: readonly { collectionYear: CollectionYear }[];
}

/** Options for {@link findForecastWindow}. */
export interface FindForecastWindowOptions {
  collectionYear: CollectionYear;
}

/**
 * The window every authority of a region is forecast over, known before any return is read (so each
 * authority can be read and forecast on its own, e.g. in a worker; only the returns' years are looked at):
 * from 1 April of the earliest collection year among all the returns (each authority's year and its
 * `earlier` years; `mergeReturns` starts an authority's history there too) to 31 March of the collection
 * year.
 *
 * @example
 * const { from, to } = findForecastWindow(returns, { collectionYear: '2024-25' });
 * // from: '2022-04-01' when one authority sent 2022-23 too; to: '2025-03-31'
 */
export function findForecastWindow(
  returns: readonly ReturnYears[],
  options: FindForecastWindowOptions,
): { from: IsoDate; to: IsoDate } {
  let earliest = options.collectionYear;
  for (const r of returns)
    for (const e of r.earlier ?? []) if (e.collectionYear < earliest) earliest = e.collectionYear;
  return { from: collectionYearBounds(earliest).start, to: collectionYearBounds(options.collectionYear).end };
}

import { type Coverage, coverageOf, type Ssda903Table } from '@placewise/ssda903';

/** Several returns' coverage as one: rows read and used summed per table, the status recomputed. */
export function sumCoverage(list: readonly Coverage[]): Coverage | undefined {
  if (list.length === 0) return undefined;
  const tables = list.flatMap((coverage) =>
    Object.entries(coverage.tables).map(([table, counts]) => ({
      table: table as Ssda903Table,
      rows: counts?.read ?? 0,
      accepted: counts?.used ?? 0,
      rejected: (counts?.read ?? 0) - (counts?.used ?? 0),
    })),
  );
  return coverageOf({ tables });
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ForecastTable, formatTableCsv, writeTablesXlsx } from '@placewise/forecast';

/** Writes `--xlsx` (one sheet per table) and `--csv <dir>` (one file per table); returns what was written. */
export async function writeExports(
  tables: readonly ForecastTable[],
  flags: { xlsx?: string; csv?: string },
): Promise<string[]> {
  const written: string[] = [];
  if (flags.xlsx) {
    await writeFile(flags.xlsx, await writeTablesXlsx(tables));
    written.push(flags.xlsx);
  }
  if (flags.csv) {
    await mkdir(flags.csv, { recursive: true });
    for (const table of tables) {
      const path = join(flags.csv, `${table.name}.csv`);
      await writeFile(path, formatTableCsv(table));
      written.push(path);
    }
  }
  return written;
}

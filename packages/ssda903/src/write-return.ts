import type { Child } from '@placewise/model';
import { RETURN_KEYS, type Ssda903Return } from './return.js';
import { Ssda903Table } from './table.js';
import type { UascRecord } from './uasc.js';
import { type WriteTableOptions, writeTable } from './write-table.js';

/**
 * The file name each table is written under, as councils' exports name them; `readReturn` recognises
 * these (and year-prefixed or differently-cased forms).
 *
 * @example
 * SSDA903_FILE_NAMES.PlacedAdoption; // 'placed_adoption.csv'
 */
export const SSDA903_FILE_NAMES: Readonly<Record<Ssda903Table, string>> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  UASC: 'uasc.csv',
  Missing: 'missing.csv',
  Reviews: 'reviews.csv',
  OC2: 'oc2.csv',
  OC3: 'oc3.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_adoption.csv',
  PrevPerm: 'prev_perm.csv',
  SWEpisodes: 'sw_episodes.csv',
  DoLo: 'dolo.csv',
};

/** Options for {@link writeReturn}. */
export interface WriteReturnOptions extends WriteTableOptions {
  /** Also write tables with no records (header line only). Default `false`: Header and Episodes always, others when they have rows. */
  includeEmpty?: boolean;
}

/**
 * UASC rows for every child marked UASC, keeping the table's own rows where it has them: one row per CHILD,
 * even for a child given two Header rows (the reader would reject a second UASC row as `uasc.duplicate`).
 */
function uascRows(children: readonly Child[], uasc: readonly UascRecord[]): UascRecord[] {
  const listed = new Set(uasc.map((row) => row.childId));
  const extra: UascRecord[] = [];
  for (const child of children) {
    if (!child.uasc || listed.has(child.id)) continue;
    listed.add(child.id);
    const row: UascRecord = { childId: child.id, sex: child.sex, dateOfBirth: child.dateOfBirth };
    if (child.uascCeased !== undefined) row.uascCeased = child.uascCeased;
    extra.push(row);
  }
  return [...uasc, ...extra];
}

/**
 * Writes a return as SSDA903 CSV files (see {@link SSDA903_FILE_NAMES}). Children marked UASC get a UASC
 * row, so `readReturn` on the output gives the same children back.
 *
 * @example
 * for (const file of writeReturn(value)) await writeFile(join(dir, file.name), file.content);
 */
export function writeReturn(
  value: Ssda903Return,
  options: WriteReturnOptions = {},
): { name: string; content: string }[] {
  const files: { name: string; content: string }[] = [];
  for (const table of Ssda903Table.options) {
    const records =
      (table === 'UASC' ? uascRows(value.children, value.uasc) : value[RETURN_KEYS[table]]) ?? [];
    if (records.length === 0 && !options.includeEmpty && table !== 'Header' && table !== 'Episodes') continue;
    files.push({ name: SSDA903_FILE_NAMES[table], content: writeTable(table, records as never, options) });
  }
  return files;
}

import { requiredColumns } from './internal/fields.js';
import { SSDA903_COLUMNS, Ssda903Table } from './table.js';

const NAMES: Readonly<Record<string, Ssda903Table>> = {
  header: 'Header',
  episodes: 'Episodes',
  episode: 'Episodes',
  uasc: 'UASC',
  missing: 'Missing',
  reviews: 'Reviews',
  review: 'Reviews',
  oc2: 'OC2',
  oc3: 'OC3',
  ad1: 'AD1',
  placedadoption: 'PlacedAdoption',
  placedforadoption: 'PlacedAdoption',
  sbpfa: 'PlacedAdoption',
  prevperm: 'PrevPerm',
  swepisodes: 'SWEpisodes',
  socialworker: 'SWEpisodes',
  socialworkerepisodes: 'SWEpisodes',
  dolo: 'DoLo',
  deprivationofliberty: 'DoLo',
};

/** XML tag names the DfE schema uses where the CSV form has other column names. */
const COLUMN_ALIASES: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' };

/**
 * The table a file holds, judged by its name as councils' exports write it: `episodes.csv`, `Header.CSV`,
 * `2023-episodes.csv`, `SSDA903_2024_25_OC2.csv` (case, year and separators are ignored).
 *
 * @example
 * tableFromFileName('exports/2023-Episodes.csv'); // 'Episodes'
 * tableFromFileName('notes.txt'); // undefined
 */
export function tableFromFileName(fileName: string): Ssda903Table | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]+$/i, '').toLowerCase();
  const tokens = base.split(/[-_\s.]+/).filter((t) => t !== '' && !/^\d{2,4}$/.test(t) && t !== 'ssda903');
  return NAMES[tokens.join('')] ?? NAMES[tokens.at(-1) ?? ''];
}

/**
 * A header cell in the form the tables' column lists use: trimmed, upper case, a stray BOM or
 * surrounding quotes removed, and the XML tags `CHILDID`/`PL` read as `CHILD`/`PLACE`.
 *
 * @example
 * normaliseColumnName(' decom '); // 'DECOM'
 */
export function normaliseColumnName(name: string): string {
  const column = name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim()
    .toUpperCase();
  return COLUMN_ALIASES[column] ?? column;
}

/**
 * The table whose columns a header row matches best, among those whose required columns are all
 * present and at least three of its columns appear; `undefined` when none fits.
 *
 * @example
 * tableFromColumns(['CHILD', 'SEX', 'DOB', 'DUC']); // 'UASC'
 */
export function tableFromColumns(columns: readonly string[]): Ssda903Table | undefined {
  const present = new Set(columns.map(normaliseColumnName));
  let best: Ssda903Table | undefined;
  let bestScore = 0;
  for (const table of Ssda903Table.options) {
    if (!requiredColumns(table).every((column) => present.has(column))) continue;
    const known = SSDA903_COLUMNS[table].filter((column) => present.has(column)).length;
    if (known < 3) continue;
    const score = known * 2 - present.size;
    if (best === undefined || score > bestScore) {
      best = table;
      bestScore = score;
    }
  }
  return best;
}

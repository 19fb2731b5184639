import { SSDA903_COLUMNS, type Ssda903Table } from '../table.js';

/** The tables the XML form carries, in the order they are reported. */
export const XML_TABLES: readonly Ssda903Table[] = [
  'Header',
  'Episodes',
  'UASC',
  'Reviews',
  'Missing',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'SWEpisodes',
];

/** Every column of the tables the XML form carries: a HEADER value repeated in any of them is reported. */
export const XML_COLUMNS: readonly string[] = [
  ...new Set(XML_TABLES.flatMap((table) => SSDA903_COLUMNS[table])),
];

/**
 * The value tags a CHILD's HEADER (or the CHILD itself) may hold, as columns (`CHILDID` read as `CHILD`):
 * any column of the XML tables, since every record of the child takes the HEADER's values for the columns it
 * does not give itself (as DfE's validator reads the XML, `ingress.py`), and the `UASC` flag, which DfE's XML
 * puts in the HEADER and no table has as a column.
 */
const HEADER_TAGS: ReadonlySet<string> = new Set([...XML_COLUMNS, 'UASC']);

const RECORD_TAGS = new Map<Ssda903Table, ReadonlySet<string>>();

/**
 * The value tags, as columns (`PL` read as `PLACE`), that an XML element of `table` may hold: the HEADER's for
 * `Header`, else the table's own columns (a record's values make its own row only). A tag outside the set is
 * one the reader does not read there.
 */
export function tagsOf(table: Ssda903Table): ReadonlySet<string> {
  if (table === 'Header') return HEADER_TAGS;
  let tags = RECORD_TAGS.get(table);
  if (!tags) {
    tags = new Set(SSDA903_COLUMNS[table]);
    RECORD_TAGS.set(table, tags);
  }
  return tags;
}

import type { Issue } from '@placewise/model';
import { decodeBytes } from './internal/decode.js';
import { issue } from './internal/issue.js';
import { TableReader } from './internal/table-reader.js';
import { parseXml, type XmlElement } from './internal/xml-tree.js';
import type { ReadTableOptions } from './read-table.js';
import { SSDA903_COLUMNS, type Ssda903Table } from './table.js';

type Fields = Map<string, string>;

/** Nested elements of a child and the table each one's rows belong to (DfE validator `ingress.py`). */
const NESTED: ReadonlyArray<[string, Ssda903Table]> = [
  ['EPISODE', 'Episodes'],
  ['AREVIEW', 'Reviews'],
  ['AMISSING', 'Missing'],
  ['OC2', 'OC2'],
  ['PERMANENCE', 'PrevPerm'],
  ['AD_PLACED', 'PlacedAdoption'],
];
const ALIASES: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' };
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
];

/**
 * Reads the XML form of the return into one reader per table, as the CSV form would give. Each `CHILD`
 * element's `HEADER` values (`CHILDID` for CHILD) fill the Header row and are shared with the child's
 * `EPISODE` (`PL` for PLACE), `AREVIEW`, `AMISSING`, `OC2`, `PERMANENCE` and `AD_PLACED` rows; a UASC,
 * OC3 or AD1 row is made when the header holds `UASC`/`DUC`, `IN_TOUCH` or `DATE_INT`.
 * Rows are numbered in document order within each table.
 */
export function readXmlTables(
  input: string | Uint8Array,
  options: ReadTableOptions,
): { readers: TableReader[]; issues: Issue[] } {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input);
  const at = options.file ? { file: options.file } : {};
  const parsed = parseXml(text);
  if ('problem' in parsed) {
    const { message, line } = parsed.problem;
    return {
      readers: [],
      issues: [issue('xml.malformed', `${message} (line ${line})`, { ...at, row: line })],
    };
  }
  const children = findChildren(parsed.root);
  if (children.length === 0) {
    return { readers: [], issues: [issue('xml.malformed', 'The XML holds no CHILD elements.', at)] };
  }
  const readers = new Map<Ssda903Table, TableReader>();
  for (const table of XML_TABLES) {
    const reader = new TableReader({ ...options, table });
    reader.header([...SSDA903_COLUMNS[table]]);
    readers.set(table, reader);
  }
  const add = (table: Ssda903Table, fields: Fields) =>
    readers.get(table)?.row(SSDA903_COLUMNS[table].map((column) => fields.get(column) ?? ''));
  for (const child of children) {
    const headerElement = child.children.find((element) => element.name === 'HEADER');
    const header = leaves(child, headerElement ? leaves(headerElement, new Map()) : new Map());
    add('Header', header);
    if (header.has('DUC') || (header.has('UASC') && header.get('UASC') !== '0')) add('UASC', header);
    if (header.has('IN_TOUCH')) add('OC3', header);
    if (header.has('DATE_INT')) add('AD1', header);
    for (const [tag, table] of NESTED) {
      const nested = [...child.children, ...(headerElement?.children ?? [])].filter((e) => e.name === tag);
      for (const element of nested) add(table, leaves(element, new Map(header)));
    }
  }
  return { readers: [...readers.values()], issues: [] };
}

/**
 * Copies an element's text-only children into `fields`, renaming the XML-only tags. An empty or
 * whitespace-only element (`<UASC />`, `<UASC> </UASC>`) is an absent value, not an empty one.
 */
function leaves(node: XmlElement, fields: Fields): Fields {
  for (const element of node.children) {
    if (element.children.length > 0) continue;
    const value = element.text.trim();
    if (value === '') continue;
    fields.set(
      Object.hasOwn(ALIASES, element.name) ? (ALIASES[element.name] as string) : element.name,
      value,
    );
  }
  return fields;
}

/** The CHILD elements (those holding a HEADER or an EPISODE), wherever within four levels the root puts them. */
function findChildren(root: XmlElement): XmlElement[] {
  let level: XmlElement[] = [root];
  for (let depth = 0; depth <= 4 && level.length > 0; depth++) {
    const found = level.flatMap((node) =>
      node.children.filter(
        (element) =>
          element.name === 'CHILD' &&
          element.children.some((e) => e.name === 'HEADER' || e.name === 'EPISODE'),
      ),
    );
    if (found.length > 0) return found;
    level = level.flatMap((node) => node.children);
  }
  return [];
}

import type { Issue } from '@placewise/model';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeBytes } from './internal/decode.js';
import { issue } from './internal/issue.js';
import { TableReader } from './internal/table-reader.js';
import type { ReadTableOptions } from './read-table.js';
import { SSDA903_COLUMNS, type Ssda903Table } from './table.js';

type XmlNode = Record<string, unknown>;
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
const ARRAYS = new Set(['CHILD', ...NESTED.map(([tag]) => tag)]);
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
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { readers: [], issues: [issue('xml.malformed', 'The file is not well-formed XML.', at)] };
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const children = findChildren(parser.parse(text) as unknown);
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
    const header = leaves(child, leaves(asNode(child.HEADER), new Map()));
    add('Header', header);
    if (header.has('DUC') || (header.has('UASC') && header.get('UASC') !== '0')) add('UASC', header);
    if (header.has('IN_TOUCH')) add('OC3', header);
    if (header.has('DATE_INT')) add('AD1', header);
    for (const [tag, table] of NESTED) {
      for (const element of [...elements(child[tag]), ...elements(asNode(child.HEADER)[tag])]) {
        add(table, leaves(element, new Map(header)));
      }
    }
  }
  return { readers: [...readers.values()], issues: [] };
}

function asNode(value: unknown): XmlNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
}

function elements(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.map(asNode) : value === undefined ? [] : [asNode(value)];
}

/** Copies an element's text-valued children into `fields`, renaming the XML-only tags. */
function leaves(node: XmlNode, fields: Fields): Fields {
  for (const [tag, value] of Object.entries(node)) {
    if (typeof value === 'string' || typeof value === 'number')
      fields.set(ALIASES[tag] ?? tag, String(value));
  }
  return fields;
}

/** The CHILD elements, wherever the root puts them. */
function findChildren(root: unknown, depth = 0): XmlNode[] {
  const node = asNode(root);
  const found = elements(node.CHILD).filter((child) => 'HEADER' in child || 'EPISODE' in child);
  if (found.length > 0 || depth > 3) return found;
  for (const value of Object.values(node)) {
    const nested = findChildren(value, depth + 1);
    if (nested.length > 0) return nested;
  }
  return [];
}

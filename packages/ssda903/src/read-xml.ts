import type { Issue } from '@placewise/model';
import { textOfInput } from './internal/decode.js';
import { issue } from './internal/issue.js';
import { TableReader } from './internal/table-reader.js';
import {
  type FoundChild,
  type FoundRecord,
  findChildElements,
  partsOfChild,
  pathOf,
  type XmlPath,
} from './internal/xml-child.js';
import { leavesOf, type RepeatedLeaf } from './internal/xml-leaves.js';
import { Notes } from './internal/xml-notes.js';
import { tagsOf, XML_COLUMNS, XML_TABLES } from './internal/xml-tags.js';
import { lineFinder, parseXml } from './internal/xml-tree.js';
import type { ReadTableOptions } from './read-table.js';
import { SSDA903_COLUMNS, type Ssda903Table } from './table.js';

/**
 * Reads the XML form of the return into one reader per table, as the CSV form would give. Each `CHILD`
 * element's `HEADER` values (`CHILDID` for CHILD) fill the Header row and are shared with the child's
 * `EPISODE` (`PL` for PLACE), `AREVIEW`, `AMISSING`, `OC2`, `PERMANENCE`, `AD_PLACED` and `SW_EPISODE`
 * rows; a UASC, OC3 or AD1 row is made when the header holds `UASC`/`DUC`, `IN_TOUCH` or `DATE_INT`.
 * Rows are numbered in document order within each table.
 *
 * Every CHILD element is read, at whatever depth (`xml.child-depth` when they sit at more than one), and
 * every nested record within it, also inside an element the reader does not know (`xml.wrapper`). A second
 * HEADER in one CHILD is rejected with the records inside it (`xml.header-repeated`). A value given twice
 * in one record is read once (`xml.tag-repeated`), or rejects the record when the copies differ
 * (`value.conflict`). A value tag the reader does not read where it sits (`PL_POSTCODE` typed for `PL_POST`,
 * or `REVIEW` in an `EPISODE`) is ignored with one `xml.tag-unknown` note per tag name in the file, counting
 * its elements and located at the first; known tags are the CSV columns (with `CHILDID` and `PL`) of the
 * record's table, and for a HEADER those of every table (its records take them) and `UASC`. Issues are
 * located by table row and by `path` (`['CHILD', 3, 'EPISODE', 2, 'DECOM']`), and their messages give the
 * line, never a value.
 */
export function readXmlTables(
  input: string | Uint8Array,
  options: ReadTableOptions,
): { readers: TableReader[]; issues: Issue[] } {
  const { text, issues: encoding } = textOfInput(input, options.file);
  const at = options.file ? { file: options.file } : {};
  const parsed = parseXml(text);
  if ('problem' in parsed) {
    const { message, line } = parsed.problem;
    return {
      readers: [],
      issues: [...encoding, issue('xml.malformed', `${message} (line ${line})`, { ...at, row: line })],
    };
  }
  const children = findChildElements(parsed.root);
  if (children.length === 0) {
    return {
      readers: [],
      issues: [...encoding, issue('xml.malformed', 'The XML holds no CHILD elements.', at)],
    };
  }
  const readers = new Map<Ssda903Table, TableReader>();
  for (const table of XML_TABLES) {
    const reader = new TableReader({ ...options, table });
    reader.header([...SSDA903_COLUMNS[table]]);
    readers.set(table, reader);
  }
  const line = lineFinder(text);
  const notes = new Notes();
  children.forEach((found, i) => {
    readChild(found, ['CHILD', i + 1], readers, { at, line, notes });
  });
  return { readers: [...readers.values()], issues: [...encoding, ...notes.issues(children, at, line)] };
}

interface Context {
  at: { file?: string };
  line: (offset: number) => number;
  notes: Notes;
}

/** A repeated value with where it sits: the record's path, or the HEADER's for a shared value. */
interface Repeat extends RepeatedLeaf {
  path: XmlPath;
}

/** Reads one CHILD element's Header row, the UASC/OC3/AD1 rows its HEADER makes, and its nested records. */
function readChild(
  found: FoundChild,
  path: XmlPath,
  readers: ReadonlyMap<Ssda903Table, TableReader>,
  context: Context,
): void {
  const { headers, records } = partsOfChild(found.element, path);
  const [first, ...later] = headers;
  const own = leavesOf(first ? [first.element, found.element] : [found.element], tagsOf('Header'));
  const header = own.fields;
  const reader = (table: Ssda903Table) => readers.get(table) as TableReader;
  for (const u of own.unknown) {
    const where = u.source === 0 && first ? pathOf(first) : path;
    context.notes.unknownTag(u, where, 'Header', reader('Header').rows + 1);
  }
  const shared: Repeat[] = own.repeated.map((r) => ({
    ...r,
    path: r.source === 0 && first ? pathOf(first) : path,
  }));
  const conflicts = shared.filter((r) => r.conflict);
  const childConflict = conflicts.some((r) => r.column === 'CHILD');
  take(
    reader('Header'),
    header,
    undefined,
    shared,
    NO_REPEATS,
    context,
    childConflict ? undefined : header.get('CHILD'),
  );
  if (header.has('DUC') || (header.has('UASC') && header.get('UASC') !== '0'))
    take(reader('UASC'), header, undefined, NO_REPEATS, conflicts, context);
  if (header.has('IN_TOUCH')) take(reader('OC3'), header, undefined, NO_REPEATS, conflicts, context);
  if (header.has('DATE_INT')) take(reader('AD1'), header, undefined, NO_REPEATS, conflicts, context);
  for (const extra of later) {
    reader('Header').reject((row) => [
      issue(
        'xml.header-repeated',
        `Another HEADER in one CHILD: whose it is cannot be told, so it is rejected with the records inside it (line ${context.line(extra.element.at)}).`,
        { ...context.at, table: 'Header', row, path: pathOf(extra) },
      ),
    ]);
  }
  for (const record of records) {
    if (record.header > 0) {
      rejectInLaterHeader(record, reader(record.table), context);
      continue;
    }
    if (record.wrapper !== undefined) context.notes.wrapped(record);
    const { fields, repeated, unknown } = leavesOf([record.element], tagsOf(record.table));
    for (const u of unknown)
      context.notes.unknownTag(u, pathOf(record), record.table, reader(record.table).rows + 1);
    const repeats =
      repeated.length === 0 ? NO_REPEATS : repeated.map((r) => ({ ...r, path: pathOf(record) }));
    const inherited = conflicts.length === 0 ? NO_REPEATS : conflicts.filter((r) => !fields.has(r.column));
    take(reader(record.table), fields, header, repeats, inherited, context);
  }
}

const NO_REPEATS: readonly Repeat[] = [];

/**
 * Adds a record's row from its own `fields`, then the `base` ones it takes from its HEADER; or rejects
 * it when a value it takes was given twice with different values: in the record itself (`repeats`) or
 * in the HEADER (`inherited`). `child` is the CHILD a rejected Header row still stands for.
 */
function take(
  target: TableReader,
  fields: ReadonlyMap<string, string>,
  base: ReadonlyMap<string, string> | undefined,
  repeats: readonly Repeat[],
  inherited: readonly Repeat[],
  context: Context,
  child?: string,
): void {
  const table = target.table as Ssda903Table;
  const columns = SSDA903_COLUMNS[table];
  if (repeats.length === 0 && inherited.length === 0) {
    target.row(columns.map((column) => fields.get(column) ?? base?.get(column) ?? ''));
    return;
  }
  const { at, line } = context;
  const row = target.rows + 1;
  const located = (r: Repeat) => ({ ...at, table, row, column: r.column, path: [...r.path, r.column] });
  const where = (r: Repeat) => `line ${line(r.element.at)}`;
  const reported: readonly string[] = table === 'Header' ? XML_COLUMNS : columns;
  for (const r of repeats) {
    if (r.conflict || !reported.includes(r.column)) continue;
    const message = `${r.column} is given twice with the same value; read once (${where(r)}).`;
    target.issues.push(issue('xml.tag-repeated', message, located(r)));
  }
  const conflicts = [...repeats, ...inherited].filter((r) => r.conflict && columns.includes(r.column));
  if (conflicts.length === 0) {
    target.row(columns.map((column) => fields.get(column) ?? base?.get(column) ?? ''));
    return;
  }
  const message = (r: Repeat) =>
    `${r.column} is given twice with different values; the ${table} row is rejected (${where(r)}).`;
  target.reject(() => conflicts.map((r) => issue('value.conflict', message(r), located(r))), child);
}

/** Rejects a record that sits in a CHILD's second HEADER, counted in its table. */
function rejectInLaterHeader(record: FoundRecord, target: TableReader, { at, line }: Context): void {
  const name = record.element.name;
  target.reject((row) => [
    issue(
      'xml.header-repeated',
      `This ${name} sits in a second HEADER of its CHILD, so it is rejected with that HEADER (line ${line(record.element.at)}).`,
      { ...at, table: record.table, row, path: pathOf(record) },
    ),
  ]);
}

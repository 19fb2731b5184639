import type { Issue, IssueLocation } from '@placewise/model';
import { normaliseColumnName, tableFromColumns } from '../detect-table.js';
import { SSDA903_COLUMNS, type Ssda903Table } from '../table.js';
import { type ChildIds, SortedIds } from './cross-checks.js';
import { CsvLines, type LineSpans } from './csv-lines.js';
import { dateOrderIssues } from './date-order.js';
import { requiredColumns } from './fields.js';
import { issue } from './issue.js';
import { type ConvertOptions, RowConverter } from './row-converter.js';

/** Options for reading one table's text. */
export interface TableReaderOptions extends ConvertOptions {
  /** The table the text holds; judged from its header row when absent. */
  table?: Ssda903Table;
}

/**
 * Reads CSV text pushed in pieces (any split, even inside a quoted field or a CRLF) into records, issues
 * and row counts. Lines end at CR, LF or CRLF, mixed anywhere; a quote left open at a line's end breaks
 * only that row (see {@link CsvLines}).
 */
export class TableReader {
  table: Ssda903Table | undefined;
  records: Record<string, unknown>[] = [];
  /**
   * The data-row number of each record in `records`, once one is not its index + 1 (a row was rejected
   * before it): until then none is kept, as for the usual file, where every row makes a record.
   */
  private rowNumbers: number[] | undefined;
  issues: Issue[] = [];
  rows = 0;
  accepted = 0;
  rejected = 0;
  /** Whether the text was recognised as a table with the columns it needs. */
  readable = false;
  /**
   * Every CHILD seen in the rows, accepted or not (kept for the Header table only), while each came after
   * the one before (as returns list them): then they are distinct, and a list of them is enough.
   */
  private ascendingIds: string[] | undefined = [];
  /** Every CHILD seen, once one came out of order (the list above is then given up). */
  private idSet: Set<string> | undefined;
  /** How many times a CHILD was added: at least once for every row with a record. */
  private childAdds = 0;
  private childIndex = -1;

  private readonly lines = new CsvLines(
    (values, broken) => this.take(values, broken),
    () => this.width,
    (spans) => this.takeSpans(spans),
  );
  /** Reused to hand a line's fields as strings to the general path. */
  private readonly values: string[] = [];
  private converter: RowConverter | undefined;
  /**
   * The converter for the in-place path; unset when a column is repeated, so such rows go the general way,
   * where the copies are compared (files without repeats pay nothing for it).
   */
  private spanConverter: RowConverter | undefined;
  /** Each repeated expected column as [first position, a later position, name]. */
  private repeats: [number, number, string][] = [];
  private headerSeen = false;
  private width = 0;

  constructor(private readonly options: TableReaderOptions) {
    this.table = options.table;
  }

  /**
   * Whether no two rows named the same CHILD (Header table): then no two records do. Every record's CHILD
   * is among those added, so as many adds as distinct values means no value came twice.
   */
  get childIdsDistinct(): boolean {
    return this.ascendingIds !== undefined || this.childAdds === (this.idSet as Set<string>).size;
  }

  /** Every CHILD seen in the rows, accepted or not (kept for the Header table only). */
  get childIds(): ChildIds {
    return this.ascendingIds !== undefined ? new SortedIds(this.ascendingIds) : (this.idSet as Set<string>);
  }

  /** The data-row number of each record in `records`. */
  get recordRows(): number[] {
    this.rowNumbers ??= Array.from(this.records, (_, i) => i + 1);
    return this.rowNumbers;
  }

  set recordRows(rows: number[]) {
    this.rowNumbers = rows;
  }

  /** The data-row number of record `i`, without making the list of them. */
  rowOfRecord(i: number): number {
    return this.rowNumbers === undefined ? i + 1 : (this.rowNumbers[i] as number);
  }

  /** The file name issues are located in, if given. */
  get file(): string | undefined {
    return this.options.file;
  }

  /** Adds text; complete lines are read now, an unfinished last line waits for more. */
  push(text: string): void {
    this.lines.push(text);
  }

  /** Reads whatever is left, including a last line with no line break. */
  end(): void {
    this.lines.end();
    if (!this.headerSeen) this.noHeader();
    if (this.converter)
      this.issues.push(...dateOrderIssues(this.converter.dateOrder, this.file, this.converter.table));
  }

  private take(values: string[], broken: boolean): void {
    if (isBlank(values)) return;
    if (!this.headerSeen) this.header(values);
    else this.row(values, broken);
  }

  /**
   * Takes an unquoted line by position. The usual data row (header read, right width, first field not
   * blank) is converted in place; anything else is copied into strings and goes the general way.
   */
  private takeSpans(spans: LineSpans): void {
    const converter = this.spanConverter;
    const { text, starts, ends, count } = spans;
    const first =
      count > 0 && (starts[0] as number) < (ends[0] as number) ? text.charCodeAt(starts[0] as number) : 0;
    if (!converter || count !== this.width || first <= 32 || first >= 127) {
      const values = this.values;
      values.length = 0;
      for (let i = 0; i < count; i++) values.push(text.slice(starts[i], ends[i]));
      this.take(values, false);
      return;
    }
    const row = ++this.rows;
    const record = converter.convertSpans(spans, row, this.issues);
    const child = this.childIndex;
    if (child >= 0) {
      // A record's id is its CHILD trimmed: the same text, without another copy.
      this.addChild(record ? (record.id as string) : text.slice(starts[child], ends[child]).trim());
    }
    this.keep(record, row);
  }

  private addChild(id: string): void {
    this.childAdds++;
    const ascending = this.ascendingIds;
    if (ascending !== undefined) {
      const n = ascending.length;
      if (n === 0 || (ascending[n - 1] as string) < id) {
        ascending.push(id);
        return;
      }
      this.idSet = new Set(ascending);
      this.ascendingIds = undefined;
    }
    (this.idSet as Set<string>).add(id);
  }

  /** Takes a header row (CSV) or a table's column list (XML). */
  header(values: string[]): void {
    this.headerSeen = true;
    this.width = values.length;
    const columns = values.map(normaliseColumnName);
    this.table ??= tableFromColumns(columns);
    const at = { ...(this.options.file ? { file: this.options.file } : {}), row: 0 };
    // A one-field header split by tabs or semicolons is said as such, wherever the columns it hides would
    // otherwise be reported as unrecognised or missing.
    const separator = values.length === 1 ? otherSeparator(values[0] as string) : undefined;
    const wrongSeparator = (where: IssueLocation) =>
      issue(
        'csv.delimiter',
        `The header row is separated by ${separator}, not commas; no row was read. Save the file as comma-separated CSV.`,
        where,
      );
    if (!this.table) {
      this.issues.push(
        separator
          ? wrongSeparator(at)
          : issue('table.unrecognised', 'The header row matches none of the SSDA903 tables.', at),
      );
      return;
    }
    const table = this.table;
    const where = { ...at, table };
    const index = new Map<string, number>();
    columns.forEach((column, i) => {
      if (!index.has(column)) index.set(column, i);
    });
    const missing = requiredColumns(table).filter((column) => !index.has(column));
    if (missing.length > 0) {
      const list = missing.join(', ');
      this.issues.push(
        separator
          ? wrongSeparator(where)
          : issue('column.missing', `${table} needs the column(s) ${list}; no row was read.`, where),
      );
      return;
    }
    const expected = new Set(SSDA903_COLUMNS[table]);
    for (const column of SSDA903_COLUMNS[table]) {
      if (!index.has(column)) {
        this.issues.push(issue('column.absent', `${column} is absent; read as blank.`, { ...where, column }));
      }
    }
    // A column named twice: blank copies are absent values, so the one value given is read (see `merge`).
    columns.forEach((column, i) => {
      const first = index.get(column) as number;
      if (!expected.has(column) || first === i) return;
      this.repeats.push([first, i, column]);
      this.issues.push(
        issue(
          'column.duplicate',
          `${column} is named at columns ${first + 1} and ${i + 1}; a row is read from whichever holds a value, and rejected if they differ.`,
          { ...where, column },
        ),
      );
    });
    // An unknown header cell may be data (a header that lost its line break), so it is named by position;
    // every copy of a repeated one is reported.
    columns.forEach((column, i) => {
      if (expected.has(column) || column === '') return;
      const position = `column ${i + 1}`;
      this.issues.push(
        issue('column.unknown', `${table} has no such column at ${position}; ignored.`, {
          ...where,
          column: position,
        }),
      );
    });
    this.converter = new RowConverter(table, index, this.options);
    if (this.repeats.length === 0) this.spanConverter = this.converter;
    if (table === 'Header') this.childIndex = index.get('CHILD') ?? -1;
    this.readable = true;
  }

  /** Takes one data row's fields in header order. */
  row(values: string[], broken = false): void {
    const row = ++this.rows;
    const converter = this.converter;
    if (this.childIndex >= 0) this.addChild((values[this.childIndex] ?? '').trim());
    if (!converter) {
      this.rejected++;
      return;
    }
    if (broken || values.length !== this.width) {
      this.rejected++;
      const message = broken
        ? 'The row has broken quoting: a quote is not closed on its line, or text follows a closing quote.'
        : `The row has ${values.length} fields; the header has ${this.width}.`;
      const location = {
        ...(this.options.file ? { file: this.options.file } : {}),
        table: converter.table,
        row,
      };
      this.issues.push(issue('row.malformed', message, location));
      return;
    }
    if (this.repeats.length > 0) {
      const sound = this.merge(values, row, converter.table);
      if (this.childIndex >= 0) this.addChild((values[this.childIndex] as string).trim());
      if (!sound) {
        this.rejected++;
        return;
      }
    }
    this.keep(converter.convert(values, row, this.issues), row);
  }

  /**
   * Folds each repeated column's copies into the first: a blank copy gives way to one with a value; two
   * different values are a `value.conflict` and the row is rejected (false).
   */
  private merge(values: string[], row: number, table: Ssda903Table): boolean {
    let sound = true;
    for (const [first, later, column] of this.repeats) {
      const kept = (values[first] as string).trim();
      const other = (values[later] as string).trim();
      if (other === '' || other === kept) continue;
      if (kept === '') {
        values[first] = values[later] as string;
        continue;
      }
      sound = false;
      this.issues.push(
        issue('value.conflict', `${column} holds two different values; the row is rejected.`, {
          ...(this.options.file ? { file: this.options.file } : {}),
          table,
          row,
          column,
        }),
      );
    }
    return sound;
  }

  /**
   * Counts one row rejected before conversion, with the issues `describe` gives for its row number (the
   * XML reader's structural problems). `child` is its CHILD when that is known for sure.
   */
  reject(describe: (row: number) => Issue[], child?: string): void {
    const row = ++this.rows;
    this.rejected++;
    if (child !== undefined && this.childIndex >= 0) this.addChild(child);
    for (const found of describe(row)) this.issues.push(found);
  }

  /** Counts a converted row as accepted (kept, with its row number) or rejected: every row is one or the other. */
  private keep(record: Record<string, unknown> | undefined, row: number): void {
    if (record) {
      this.accepted++;
      if (this.rowNumbers !== undefined || row !== this.records.length + 1) this.recordRows.push(row);
      this.records.push(record);
    } else {
      this.rejected++;
    }
  }

  private noHeader(): void {
    if (this.options.table) {
      this.table = this.options.table;
      this.readable = true;
      return;
    }
    const at = this.options.file ? { file: this.options.file, row: 0 } : { row: 0 };
    this.issues.push(issue('table.unrecognised', 'The file is empty: there is no header row.', at));
  }

  /** Hands over the records read so far (for streaming in batches) and forgets them. */
  drain(): { records: Record<string, unknown>[]; rows: number[]; issues: Issue[] } {
    const batch = { records: this.records, rows: this.recordRows, issues: this.issues };
    this.records = [];
    this.rowNumbers = [];
    this.issues = [];
    return batch;
  }
}

/** A blank line, or one of only commas and spaces as spreadsheet exports leave at the end of a file. */
function isBlank(values: string[]): boolean {
  if ((values[0] as string).trim() !== '') return false;
  for (let i = 1; i < values.length; i++) if ((values[i] as string).trim() !== '') return false;
  return true;
}

/** `tabs` or `semicolons` when a one-field header row splits on them into columns, else `undefined`. */
function otherSeparator(header: string): string | undefined {
  if (header.includes('\t')) return 'tabs';
  if (header.includes(';')) return 'semicolons';
  return undefined;
}

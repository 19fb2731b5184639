import type { Issue } from '@placewise/model';
import Papa from 'papaparse';
import { normaliseColumnName, tableFromColumns } from '../detect-table.js';
import { SSDA903_COLUMNS, type Ssda903Table } from '../table.js';
import { requiredColumns } from './fields.js';
import { issue } from './issue.js';
import { type ConvertOptions, RowConverter } from './row-converter.js';

/** Options for reading one table's text. */
export interface TableReaderOptions extends ConvertOptions {
  /** The table the text holds; judged from its header row when absent. */
  table?: Ssda903Table;
}

/**
 * Reads CSV text pushed in pieces (any split, even inside a quoted field) into records, issues and row
 * counts. Uses papaparse's low-level parser the way its own chunked streamer does: every piece but the
 * last leaves its unfinished final line for the next.
 */
export class TableReader {
  table: Ssda903Table | undefined;
  records: Record<string, unknown>[] = [];
  /** The data-row number of each record in `records`. */
  recordRows: number[] = [];
  issues: Issue[] = [];
  rows = 0;
  accepted = 0;
  rejected = 0;
  /** Whether the text was recognised as a table with the columns it needs. */
  readable = false;
  /** Every CHILD seen in the rows, accepted or not (kept for the Header table only). */
  childIds = new Set<string>();
  private childIndex = -1;

  private pending = '';
  private parser: Papa.Parser | undefined;
  private converter: RowConverter | undefined;
  private headerSeen = false;
  private width = 0;

  constructor(private readonly options: TableReaderOptions) {
    this.table = options.table;
  }

  /** The file name issues are located in, if given. */
  get file(): string | undefined {
    return this.options.file;
  }

  /** Adds text; complete lines are read now, an unfinished last line waits for more. */
  push(text: string): void {
    this.pending += text;
    this.parse(false);
  }

  /** Reads whatever is left, including a last line with no line break. */
  end(): void {
    this.parse(true);
    if (!this.headerSeen) this.noHeader();
  }

  private parse(final: boolean): void {
    if (this.pending === '') return;
    if (!this.parser) {
      if (!final && !/[\r\n]/.test(this.pending)) return;
      this.parser = new Papa.Parser({ delimiter: ',', newline: guessNewline(this.pending) });
    }
    const result = this.parser.parse(this.pending, 0, !final) as {
      data: string[][];
      errors: Papa.ParseError[];
      meta: { cursor: number };
    };
    const data = result.data;
    const broken = new Set(result.errors.map((error) => error.row ?? -1));
    this.pending = final ? '' : this.pending.slice(result.meta.cursor);
    for (let i = 0; i < data.length; i++) {
      const values = data[i] as string[];
      if (isBlank(values)) continue;
      if (!this.headerSeen) this.header(values);
      else this.row(values, broken.has(i));
    }
  }

  /** Takes a header row (CSV) or a table's column list (XML). */
  header(values: string[]): void {
    this.headerSeen = true;
    this.width = values.length;
    const columns = values.map(normaliseColumnName);
    this.table ??= tableFromColumns(columns);
    const at = { ...(this.options.file ? { file: this.options.file } : {}), row: 0 };
    if (!this.table) {
      this.issues.push(issue('table.unrecognised', 'The header row matches none of the SSDA903 tables.', at));
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
        issue('column.missing', `${table} needs the column(s) ${list}; no row was read.`, where),
      );
      return;
    }
    const expected = new Set(SSDA903_COLUMNS[table]);
    for (const column of SSDA903_COLUMNS[table]) {
      if (!index.has(column)) {
        this.issues.push(issue('column.absent', `${column} is absent; read as blank.`, { ...where, column }));
      }
    }
    for (const column of index.keys()) {
      if (!expected.has(column) && column !== '') {
        this.issues.push(
          issue('column.unknown', `${table} has no column of this name; ignored.`, { ...where, column }),
        );
      }
    }
    this.converter = new RowConverter(table, index, this.options);
    if (table === 'Header') this.childIndex = index.get('CHILD') ?? -1;
    this.readable = true;
  }

  /** Takes one data row's fields in header order. */
  row(values: string[], broken = false): void {
    const row = ++this.rows;
    const converter = this.converter;
    if (this.childIndex >= 0) this.childIds.add((values[this.childIndex] ?? '').trim());
    if (!converter) {
      this.rejected++;
      return;
    }
    if (broken || values.length !== this.width) {
      this.rejected++;
      const message = broken
        ? 'The row has broken quoting.'
        : `The row has ${values.length} fields; the header has ${this.width}.`;
      const location = {
        ...(this.options.file ? { file: this.options.file } : {}),
        table: converter.table,
        row,
      };
      this.issues.push(issue('row.malformed', message, location));
      return;
    }
    const record = converter.convert(values, row, this.issues);
    if (record) {
      this.accepted++;
      this.records.push(record);
      this.recordRows.push(row);
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
    this.recordRows = [];
    this.issues = [];
    return batch;
  }
}

function guessNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return '\r';
}

/** A blank line, or one of only commas and spaces as spreadsheet exports leave at the end of a file. */
function isBlank(values: string[]): boolean {
  if ((values[0] as string).trim() !== '') return false;
  for (let i = 1; i < values.length; i++) if ((values[i] as string).trim() !== '') return false;
  return true;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/** The most characters a quoted field may run over line breaks before its quote is taken as unclosed. */
export const MAX_QUOTED_SPAN = 1 << 16;

/** Receives one row's fields and whether its quoting was broken. The array is only valid during the call. */
export type CsvRowSink = (values: string[], broken: boolean) => void;

/**
 * One unquoted line's fields as positions in `text` (field i is `text.slice(starts[i], ends[i])`), so a
 * reader can look values up without copying them. Reused for every line: only valid during the call.
 */
export interface LineSpans {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/** Receives an unquoted line as {@link LineSpans}. */
export type CsvSpanSink = (spans: LineSpans) => void;

/**
 * The one {@link LineSpans} every splitter fills: a sink reads it during its call and keeps nothing, and no
 * sink reads another text meanwhile, so a reader made per file need not allocate its own.
 */
const SHARED_SPANS: LineSpans = { text: '', starts: new Int32Array(64), ends: new Int32Array(64), count: 0 };

interface Parsed {
  values: string[];
  broken: boolean;
  /** Where the next row starts. */
  next: number;
  /** Whether the row ran over a line break inside quotes. */
  multiline: boolean;
}

/**
 * Splits CSV text pushed in pieces into rows. A line ends at CR, LF or CRLF wherever they fall, mixed
 * freely, so line endings are judged on the characters themselves, never on where a piece ends.
 * A quoted field may hold line breaks, but only if it closes within {@link MAX_QUOTED_SPAN} characters
 * and the row it makes has the header's width; otherwise its opening line alone is a broken row and
 * reading resumes on the next line. No character is scanned more than a few times, so time stays linear
 * whatever the quoting, and a stream holds at most one such span in memory.
 */
export class CsvLines {
  private pending = '';
  /** Reused for every unquoted line: the sink reads the fields during its call and keeps none of the array. */
  private readonly fields: string[] = [];
  private readonly spans = SHARED_SPANS;

  /**
   * `width` gives the header's number of fields once known (0 before). With `spanSink`, lines with no
   * quote go to it as positions instead of to `sink` as strings.
   */
  constructor(
    private readonly sink: CsvRowSink,
    private readonly width: () => number = () => 0,
    private readonly spanSink?: CsvSpanSink,
  ) {}

  /** Adds text; complete rows are read now, an unfinished one waits for more. */
  push(text: string): void {
    this.pending = this.read(this.pending === '' ? text : this.pending + text, false);
    // The shared spans keep no text alive after the call.
    this.spans.text = '';
  }

  /** Reads whatever is left, including a last line with no line break. */
  end(): void {
    this.read(this.pending, true);
    this.pending = '';
    this.spans.text = '';
  }

  /** Reads every complete row of `text` and returns the unfinished rest. */
  private read(text: string, final: boolean): string {
    const length = text.length;
    let pos = 0;
    // Positions of the next LF, CR and quote at or after `pos`, found once and reused until passed.
    let lf = -2;
    let cr = -2;
    let quote = -2;
    while (pos < length) {
      if (lf !== -1 && lf < pos) lf = text.indexOf('\n', pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
      let end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) {
        if (!final) return text.slice(pos);
        end = length;
      }
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      const lineNext = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      if (quote === -1 || quote >= end) {
        if (this.spanSink) this.spanSink(splitSpans(text, pos, end, this.spans));
        else this.sink(splitLine(text, pos, end, this.fields), false);
        pos = lineNext;
        continue;
      }
      const parsed = parseRow(text, pos, final);
      if (parsed === undefined) return text.slice(pos);
      const width = this.width();
      if (parsed.multiline && (parsed.broken || (width > 0 && parsed.values.length !== width))) {
        // A stray quote: the opening line alone is the broken row.
        this.sink(text.slice(pos, end).split(','), true);
        pos = lineNext;
      } else {
        this.sink(parsed.values, parsed.broken);
        pos = parsed.next;
      }
    }
    return '';
  }
}

/**
 * One row starting at `from`, or `undefined` when the text ends before the row can be known complete
 * (and more may come). An unclosed quote marks the row broken and multi-line.
 */
function parseRow(text: string, from: number, final: boolean): Parsed | undefined {
  const length = text.length;
  const values: string[] = [];
  let broken = false;
  let multiline = false;
  let pos = from;
  for (;;) {
    let value: string;
    if (text.charCodeAt(pos) === QUOTE) {
      const open = pos;
      const limit = Math.min(length, open + MAX_QUOTED_SPAN);
      let start = pos + 1;
      let close = -1;
      value = '';
      for (let q = text.indexOf('"', start); q !== -1 && q < limit; q = text.indexOf('"', q + 2)) {
        if (q + 1 < length && text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        if (q + 1 >= length && !final) return undefined;
        close = q;
        break;
      }
      if (close === -1) {
        if (!final && limit === length && length - open < MAX_QUOTED_SPAN) return undefined;
        return { values, broken: true, next: length, multiline: true };
      }
      value += text.slice(start, close);
      if (!multiline && hasLineBreak(value)) multiline = true;
      pos = close + 1;
      const stop = fieldEnd(text, pos);
      if (stop === length && !final) return undefined;
      if (stop !== pos) {
        broken = true;
        value += text.slice(pos, stop);
        pos = stop;
      }
    } else {
      const stop = fieldEnd(text, pos);
      if (stop === length && !final) return undefined;
      value = text.slice(pos, stop);
      pos = stop;
    }
    values.push(value);
    const code = text.charCodeAt(pos);
    if (code === COMMA) {
      pos++;
      continue;
    }
    const next = code === CR && text.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
    return { values, broken, next: Math.min(next, length), multiline };
  }
}

/** The comma-separated fields of `text` from `from` to `end`, read without copying the line first. */
function splitLine(text: string, from: number, end: number, values: string[]): string[] {
  values.length = 0;
  let start = from;
  for (let comma = text.indexOf(',', start); comma !== -1 && comma < end; comma = text.indexOf(',', start)) {
    values.push(text.slice(start, comma));
    start = comma + 1;
  }
  values.push(text.slice(start, end));
  return values;
}

/** Like {@link splitLine}, but as positions into `text` (the arrays grow when a line has more fields). */
function splitSpans(text: string, from: number, end: number, spans: LineSpans): LineSpans {
  spans.text = text;
  let count = 0;
  let start = from;
  for (;;) {
    if (count === spans.starts.length) grow(spans);
    let comma = text.indexOf(',', start);
    if (comma === -1 || comma >= end) comma = end;
    spans.starts[count] = start;
    spans.ends[count] = comma;
    count++;
    if (comma === end) break;
    start = comma + 1;
  }
  spans.count = count;
  return spans;
}

function grow(spans: LineSpans): void {
  const starts = new Int32Array(spans.starts.length * 2);
  const ends = new Int32Array(spans.ends.length * 2);
  starts.set(spans.starts);
  ends.set(spans.ends);
  spans.starts = starts;
  spans.ends = ends;
}

/** The position of the next comma or line break at or after `from`, or the text's length. */
function fieldEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === LF || code === CR) return i;
  }
  return text.length;
}

function hasLineBreak(value: string): boolean {
  return value.includes('\n') || value.includes('\r');
}

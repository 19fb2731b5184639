/**
 * A field's valid codes, found by their characters in a line without copying them: codes of up to four
 * characters from 33 to 126 sit in an open-addressed table keyed by their characters packed into one
 * integer; longer codes in a map keyed by the packed number (up to seven characters, exact in a double).
 */
export interface CodeTable {
  keys: Int32Array;
  codes: (string | undefined)[];
  shift: number;
  long: ReadonlyMap<number, string>;
}

const SHORT = 4;
const LONG = 7;

/**
 * Characters `from` to `to` of `text` as one number, base 128, or -1 when there are more than seven or
 * one is blank, a control or outside plain ASCII: distinct texts give distinct numbers, and none is 0.
 */
export function packCode(text: string, from: number, to: number): number {
  if (to - from > LONG) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return -1;
    n = n * 128 + c;
  }
  return n;
}

function slotOf(n: number, shift: number): number {
  return Math.imul(n, 0x9e3779b1) >>> shift;
}

/** The table of a field's codes (each code the one shared string rows then hold). */
export function codeTable(codes: Iterable<string>): CodeTable {
  const short: [number, string][] = [];
  const long = new Map<number, string>();
  for (const code of codes) {
    const n = packCode(code, 0, code.length);
    if (n <= 0) continue;
    if (code.length <= SHORT) short.push([n, code]);
    else long.set(n, code);
  }
  let bits = 4;
  while (1 << bits < short.length * 2) bits++;
  const keys = new Int32Array(1 << bits);
  const found: (string | undefined)[] = new Array(1 << bits).fill(undefined);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const [n, code] of short) {
    let slot = slotOf(n, shift);
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = n;
    found[slot] = code;
  }
  return { keys, codes: found, shift, long };
}

/** The code written at `text[from, to)`, or `undefined` when it is not one of the table's as it stands. */
export function findCode(table: CodeTable, text: string, from: number, to: number): string | undefined {
  const n = packCode(text, from, to);
  if (n <= 0) return undefined;
  if (to - from > SHORT) return table.long.get(n);
  const { keys } = table;
  const mask = keys.length - 1;
  for (let slot = slotOf(n, table.shift); ; slot = (slot + 1) & mask) {
    const key = keys[slot] as number;
    if (key === n) return table.codes[slot];
    if (key === 0) return undefined;
  }
}

/** base64url digits: six bits a character, none of which needs escaping in a string literal. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Columns of integers packed into strings for embedding in source. Each value is its bit length and sign,
 * one character in its column's `classes` string, plus the bits below its leading 1, appended to one
 * shared `bits` string six to a character. Small values cost one character; the class characters repeat
 * enough for gzip to shrink them, and the remaining bits are as few as the values allow.
 */
export interface PackedColumns {
  /** One string per column, one character per value: `DIGITS[bitLength * 2 + (negative ? 1 : 0)]`. */
  classes: readonly string[];
  /** Every value's bits after its leading 1, column after column, value after value, six to a character. */
  bits: string;
}

/** Packs integer columns (each value of magnitude below 2³¹); the inverse of {@link unpackColumns}. */
export function packColumns(columns: readonly (readonly number[])[]): PackedColumns {
  let bitText = '';
  const classes = columns.map((column) => {
    let text = '';
    for (const value of column) {
      if (!Number.isInteger(value) || Math.abs(value) >= 2 ** 31) {
        throw new RangeError(`${value} is not an integer of magnitude below 2^31`);
      }
      const binary = value === 0 ? '' : Math.abs(value).toString(2);
      text += DIGITS.charAt(binary.length * 2 + (value < 0 ? 1 : 0));
      bitText += binary.slice(1);
    }
    return text;
  });
  let bits = '';
  for (let at = 0; at < bitText.length; at += 6) {
    bits += DIGITS.charAt(Number.parseInt(bitText.slice(at, at + 6).padEnd(6, '0'), 2));
  }
  return { classes, bits };
}

/** Unpacks what {@link packColumns} packed: one `Int32Array` per column. */
export function unpackColumns(packed: PackedColumns): Int32Array[] {
  const digitValue = new Uint8Array(128);
  for (let d = 0; d < DIGITS.length; d++) digitValue[DIGITS.charCodeAt(d)] = d;
  const { bits } = packed;
  let at = 0;
  return packed.classes.map((text) => {
    const column = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = digitValue[text.charCodeAt(i)] as number;
      const length = code >> 1;
      let magnitude = length === 0 ? 0 : 1;
      for (let k = 1; k < length; k++, at++) {
        const digit = digitValue[bits.charCodeAt((at / 6) | 0)] as number;
        magnitude = magnitude * 2 + ((digit >> (5 - (at % 6))) & 1);
      }
      column[i] = code & 1 ? -magnitude : magnitude;
    }
    return column;
  });
}

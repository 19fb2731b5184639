const BOM = '\uFEFF';

/** Drops a leading byte-order mark from decoded text. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * UTF-16 told from a file's first bytes: by its byte-order mark (FF FE little-endian, FE FF big-endian), or,
 * without one, by a zero in every other byte of the first two characters, which ASCII written as UTF-16 has
 * and UTF-8 or Windows-1252 text never does. `undefined` for anything else.
 */
export function findUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (head.length < 4) return undefined;
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf-16be';
  return undefined;
}

/**
 * The bytes of big-endian UTF-16 in little-endian order (each pair swapped), which every `TextDecoder` reads
 * (`utf-16be` needs a Node.js built with ICU). An odd last byte stays as it is and decodes to U+FFFD.
 */
export function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1] as number;
  return out;
}

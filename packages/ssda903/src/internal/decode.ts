const BOM = '\uFEFF';

/** Drops a leading UTF-8 byte-order mark from decoded text. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * Decodes a file's bytes: UTF-8 when they are valid UTF-8, otherwise Windows-1252, which is what
 * case-management systems on Windows write when they do not write UTF-8.
 */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A decoder for a stream of byte chunks that starts as strict UTF-8 and falls back to Windows-1252
 * from the first chunk that is not UTF-8 (earlier chunks were valid UTF-8, so nothing decoded so far
 * changes meaning). Returns text without a leading BOM.
 */
export function createChunkDecoder(): { decode: (chunk: Uint8Array) => string; end: () => string } {
  let utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true });
  const cp1252 = new TextDecoder('windows-1252');
  let pending: Uint8Array = new Uint8Array(0);
  let first = true;
  const strip = (text: string): string => {
    if (!first || text.length === 0) return text;
    first = false;
    return stripBom(text);
  };
  return {
    decode(chunk) {
      if (utf8) {
        try {
          const text = utf8.decode(chunk, { stream: true });
          pending = tailOf(pending, chunk);
          return strip(text);
        } catch {
          utf8 = undefined;
          // Bytes of an incomplete UTF-8 sequence held back from the previous chunk are re-read as 1252.
          const held = heldBytes(pending);
          return strip(cp1252.decode(concat(held, chunk)));
        }
      }
      return strip(cp1252.decode(chunk));
    },
    end() {
      if (!utf8) return '';
      try {
        return strip(utf8.decode());
      } catch {
        return strip(cp1252.decode(heldBytes(pending)));
      }
    },
  };
}

/** Keeps the last three bytes seen: at most that many can be held back inside a streaming UTF-8 decoder. */
function tailOf(previous: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= 3) return chunk.slice(chunk.length - 3);
  return concat(previous, chunk).slice(-3);
}

/** The trailing bytes of an unfinished UTF-8 sequence (a lead byte and its continuations so far). */
function heldBytes(tail: Uint8Array): Uint8Array {
  for (let i = tail.length - 1; i >= 0; i--) {
    const b = tail[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return tail.length - i < need ? tail.slice(i) : new Uint8Array(0);
    }
    return new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

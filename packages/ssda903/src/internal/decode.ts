import type { Issue } from '@placewise/model';
import { decodeText, encodingIssues, findWorkbook, type TextEncodingName } from '../decode-text.js';
import { issue } from './issue.js';
import { findUtf16, stripBom, swapPairs } from './utf16.js';

/** A decoder for a stream of byte chunks, and the encoding it has found so far. */
export interface ChunkDecoder {
  decode: (chunk: Uint8Array) => string;
  end: () => string;
  /**
   * `utf-8` until the bytes say otherwise: UTF-16 from the first bytes, Windows-1252 from the first chunk
   * that is not UTF-8.
   */
  readonly encoding: TextEncodingName;
}

/**
 * A decoder for a stream of byte chunks. The first four bytes (held back until they have come) decide
 * UTF-16; otherwise it starts as strict UTF-8 and falls back to Windows-1252 from the first chunk that is not
 * UTF-8 (earlier chunks were valid UTF-8, so nothing decoded so far changes meaning). Returns text without a
 * leading BOM.
 */
export function createChunkDecoder(): ChunkDecoder {
  let head: Uint8Array | undefined = new Uint8Array(0);
  let inner: { decode: (chunk: Uint8Array) => string; end: () => string } | undefined;
  let encoding: TextEncodingName = 'utf-8';
  let first = true;
  const strip = (text: string): string => {
    if (!first || text.length === 0) return text;
    first = false;
    return stripBom(text);
  };
  const start = (bytes: Uint8Array): string => {
    head = undefined;
    const utf16 = findUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      inner = utf16 === 'utf-16le' ? utf16Decoder() : utf16BigEndianDecoder();
    } else {
      inner = utf8OrCp1252Decoder(() => {
        encoding = 'windows-1252';
      });
    }
    return inner.decode(bytes);
  };
  return {
    decode(chunk) {
      if (inner) return strip(inner.decode(chunk));
      const held = concat(head ?? new Uint8Array(0), chunk);
      if (held.length < 4) {
        head = held;
        return '';
      }
      return strip(start(held));
    },
    end() {
      // Fewer than four bytes in all: decided on what there is.
      const rest = inner ? '' : start(head ?? new Uint8Array(0));
      return strip(rest + (inner as NonNullable<typeof inner>).end());
    },
    get encoding() {
      return encoding;
    },
  };
}

/** Little-endian UTF-16 in pieces (`TextDecoder` holds back half a character across chunks). */
function utf16Decoder(): { decode: (chunk: Uint8Array) => string; end: () => string } {
  const decoder = new TextDecoder('utf-16le');
  return { decode: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/** Big-endian UTF-16 in pieces: each pair of bytes swapped, an odd byte held until its pair comes. */
function utf16BigEndianDecoder(): { decode: (chunk: Uint8Array) => string; end: () => string } {
  const little = utf16Decoder();
  let odd: Uint8Array = new Uint8Array(0);
  return {
    decode(chunk) {
      const bytes = concat(odd, chunk);
      const even = bytes.length - (bytes.length % 2);
      odd = bytes.slice(even);
      return little.decode(swapPairs(bytes.subarray(0, even)));
    },
    end: () => little.decode(odd) + little.end(),
  };
}

/**
 * Strict UTF-8 in pieces, falling back to Windows-1252 (and saying so once) from the first chunk that is
 * not.
 */
function utf8OrCp1252Decoder(onFallback: () => void): {
  decode: (chunk: Uint8Array) => string;
  end: () => string;
} {
  let utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true });
  const cp1252 = new TextDecoder('windows-1252');
  let pending: Uint8Array = new Uint8Array(0);
  const fallBack = (bytes: Uint8Array): string => {
    utf8 = undefined;
    onFallback();
    return cp1252.decode(bytes);
  };
  return {
    decode(chunk) {
      if (!utf8) return cp1252.decode(chunk);
      try {
        const text = utf8.decode(chunk, { stream: true });
        pending = tailOf(pending, chunk);
        return text;
      } catch {
        // Bytes of an incomplete UTF-8 sequence held back from the previous chunk are re-read as 1252.
        return fallBack(concat(heldBytes(pending), chunk));
      }
    },
    end() {
      if (!utf8) return '';
      try {
        return utf8.decode();
      } catch {
        return fallBack(heldBytes(pending));
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
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * The text of a reader's input: text as given (a leading byte-order mark dropped), bytes decoded by
 * `decodeText`, with the `file.encoding` note when they were not UTF-8.
 */
export function textOfInput(
  input: string | Uint8Array,
  file: string | undefined,
): { text: string; issues: Issue[] } {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), issues: [] };
  const { text, encoding } = decodeText(input);
  return { text, issues: encodingIssues(encoding, file) };
}

/** The `file.workbook` error for a spreadsheet workbook given where CSV text was expected. */
export function workbookIssue(bytes: Uint8Array, file: string | undefined): Issue {
  const kind =
    findWorkbook(bytes) === 'xls'
      ? 'an Excel 97–2003 workbook (.xls)'
      : 'an Excel workbook (.xlsx) or another zip file';
  return issue(
    'file.workbook',
    `The file is ${kind}, not CSV text; no row was read. Save each sheet as CSV (comma-separated).`,
    file ? { file } : {},
  );
}

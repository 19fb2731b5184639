/** Spaces, a byte-order mark (as itself, or as its UTF-8 bytes read one character each), spaces, then `<`. */
const XML_START = /^\s*(\uFEFF|\u00EF\u00BB\u00BF)?\s*</;

/** How far the start of a text is looked at. */
const HEAD = 64;

/** Whether a byte read as one character is `\s`: tab to carriage return, space and no-break space. */
function isSpaceByte(byte: number): boolean {
  return (byte >= 9 && byte <= 13) || byte === 32 || byte === 0xa0;
}

/** The first index from `i` (before `end`) whose byte is not a space. */
function skipSpaces(bytes: Uint8Array, i: number, end: number): number {
  while (i < end && isSpaceByte(bytes[i] as number)) i++;
  return i;
}

/**
 * Whether a file's first 64 characters (bytes, each read as one character) are {@link XML_START}: the XML
 * form of a return, whatever its name. Bytes are read where they stand: copying them into a string, as the
 * pattern needs, made a copy and an argument list per file.
 */
export function startsLikeXml(content: string | Uint8Array): boolean {
  if (typeof content === 'string') return XML_START.test(content.slice(0, HEAD));
  const end = Math.min(content.length, HEAD);
  let i = skipSpaces(content, 0, end);
  if (i + 2 < end && content[i] === 0xef && content[i + 1] === 0xbb && content[i + 2] === 0xbf) {
    i = skipSpaces(content, i + 3, end);
  }
  return i < end && content[i] === 0x3c;
}

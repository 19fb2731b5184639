import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsLikeXml } from './xml-start.js';

/** The test as it was written first: the first 64 bytes as characters, against the pattern. */
const byPattern = (bytes: Uint8Array) =>
  /^\s*(\uFEFF|\u00EF\u00BB\u00BF)?\s*</.test(String.fromCharCode(...bytes.slice(0, 64)));

describe('startsLikeXml', () => {
  it('reads bytes as the pattern reads them as characters', () => {
    const byte = fc.constantFrom(9, 10, 11, 12, 13, 32, 0xa0, 0x85, 0x3c, 0xef, 0xbb, 0xbf, 0x3f, 65, 0);
    const near = fc
      .uint8Array({ maxLength: 80 })
      .chain((tail) => fc.array(byte, { maxLength: 70 }).map((head) => Uint8Array.from([...head, ...tail])));
    fc.assert(
      fc.property(fc.oneof(near, fc.uint8Array({ maxLength: 100 })), (bytes) => {
        expect(startsLikeXml(bytes)).toBe(byPattern(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('tells XML from CSV in text and in bytes', () => {
    const xml = '\uFEFF  <?xml version="1.0"?><Message>';
    expect(startsLikeXml(xml)).toBe(true);
    expect(startsLikeXml(new TextEncoder().encode(xml))).toBe(true);
    expect(startsLikeXml('CHILD,SEX,DOB\n')).toBe(false);
    expect(startsLikeXml(new TextEncoder().encode('CHILD,SEX,DOB\n'))).toBe(false);
    expect(startsLikeXml(new Uint8Array(70).fill(32))).toBe(false);
  });
});

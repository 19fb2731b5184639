// Returns saved in UTF-16, as .NET's Encoding.Unicode, SQL Server's "Unicode" exports and Excel's "Unicode
// text" write them: read into the same records as the UTF-8 files, with a note of the encoding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  findCollectionYearOfFile,
  findWorkbook,
  readReturn,
  readTable,
  readTableStream,
} from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const options = { collectionYear: '2024-25', table: 'Episodes' } as const;
const canonical = readTable(bytes('episodes.csv'), options);

async function* pieces(...chunks: Uint8Array[]) {
  yield* chunks;
}

describe('files in UTF-16', () => {
  it.each([
    ['encoding/episodes-utf16le-bom.csv', 'utf-16le', 'little-endian'],
    ['encoding/episodes-utf16be-bom.csv', 'utf-16be', 'big-endian'],
    ['encoding/episodes-utf16le-no-bom.csv', 'utf-16le', 'little-endian'],
  ])('%s reads into the canonical episodes, with the encoding said', (name, encoding, order) => {
    const raw = bytes(name);
    // The UTF-16 form of the five-row file: a zero byte beside each ASCII character.
    expect(raw.filter((b) => b === 0).length).toBeGreaterThan(raw.length / 2 - 2);
    expect(decodeText(raw).encoding).toBe(encoding);
    const result = readTable(raw, { ...options, file: 'episodes.csv' });
    expect(result.table).toMatchObject({ rows: 5, accepted: 5, rejected: 0 });
    expect(result.value).toEqual(canonical.value);
    expect(result.issues).toEqual([
      {
        code: 'file.encoding',
        severity: 'info',
        message: `Read as UTF-16 (${order}), as its first bytes say.`,
        location: { file: 'episodes.csv' },
      },
    ]);
  });

  it('reads UTF-16 split anywhere in a stream, even inside a character, and says so once', async () => {
    for (const name of ['encoding/episodes-utf16le-bom.csv', 'encoding/episodes-utf16be-bom.csv']) {
      const raw = bytes(name);
      for (const cut of [1, 2, 3, 5, 101, raw.length - 1]) {
        const result = await readTableStream(pieces(raw.slice(0, cut), raw.slice(cut)), options);
        expect(result.value).toEqual(canonical.value);
        expect(result.issues.map((i) => i.code)).toEqual(['file.encoding']);
      }
      // One byte at a time.
      const single = await readTableStream(pieces(...[...raw].map((b) => new Uint8Array([b]))), options);
      expect(single.value).toEqual(canonical.value);
    }
  });

  it('finds the year of a UTF-16 XML return in its head and reads it as the UTF-8 one', () => {
    const file = { path: 'return.xml', content: bytes('encoding/return-utf16le.xml') };
    expect(findCollectionYearOfFile(file)).toEqual({ year: 2024, exact: '2024-25', from: 'xml' });
    const utf8 = readReturn([{ name: 'return.xml', content: bytes('return.xml') }], {
      collectionYear: '2024-25',
    });
    const utf16 = readReturn([{ name: 'return.xml', content: file.content }], { collectionYear: '2024-25' });
    expect(utf16.value.children).toEqual(utf8.value.children);
    expect(utf16.value.episodes).toEqual(utf8.value.episodes);
    expect(utf16.value.children.length).toBe(3);
    expect(utf8.issues).toEqual([]);
    expect(utf16.issues).toEqual([
      {
        code: 'file.encoding',
        severity: 'info',
        message: 'Read as UTF-16 (little-endian), as its first bytes say.',
        location: { file: 'return.xml' },
      },
    ]);
  });

  it('says nothing of the encoding of a UTF-8 file, with or without a byte-order mark', () => {
    expect(canonical.issues).toEqual([]);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x2c]))).toEqual({
      text: 'A,',
      encoding: 'utf-8',
    });
    // A £ as UTF-8 (C2 A3) and as Windows-1252 (A3).
    expect(decodeText(new Uint8Array([0xc2, 0xa3, 0x35]))).toEqual({ text: '£5', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xa3, 0x35]))).toEqual({ text: '£5', encoding: 'windows-1252' });
  });

  it('decodes files shorter than a character pair without throwing', () => {
    for (const raw of [[], [0xff], [0xfe], [0xff, 0xfe], [0xfe, 0xff, 0x00], [0x41, 0x00, 0x42]])
      expect(typeof decodeText(new Uint8Array(raw)).text).toBe('string');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: 'A', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ text: 'A', encoding: 'utf-16be' });
  });
});

describe('decodeText and the stream decoder (properties)', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (order === 'le') out.push(unit & 0xff, unit >> 8);
      else out.push(unit >> 8, unit & 0xff);
    }
    return new Uint8Array(out);
  };
  // Text as a CSV or XML holds it: any characters, none of them NUL, and not starting with a BOM.
  const text = fc
    .string({ unit: 'grapheme', maxLength: 60 })
    .filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF'));

  it('gives back any text written as UTF-16 with its byte-order mark, or as UTF-8', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'le' | 'be'>('le', 'be'), (s, order) => {
        expect(decodeText(utf16(s, order, true))).toEqual({ text: s, encoding: `utf-16${order}` });
        expect(decodeText(new TextEncoder().encode(s))).toEqual({ text: s, encoding: 'utf-8' });
      }),
    );
  });

  it('gives the same text from a stream split anywhere as from the whole bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom<'le' | 'be'>('le', 'be'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (s, order, bom, cuts) => {
          // A CSV row, so the stream reader has a line to read; ASCII first, so a BOM-less file is told by its zeros.
          const csv = `CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nC1,01/01/2010,P2,${s.replace(/[,\r\n"]/g, '')},\r\n`;
          const bytes = utf16(csv, order, bom);
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...points, bytes.length]
            .slice(1)
            .map((end, i, ends) => bytes.slice(i === 0 ? 0 : (ends[i - 1] as number), end));
          async function* chunks() {
            yield* pieces;
          }
          const whole = readTable(bytes, { table: 'PrevPerm' });
          const streamed = await readTableStream(chunks(), { table: 'PrevPerm' });
          expect(streamed.value).toEqual(whole.value);
          expect(streamed.issues).toEqual(whole.issues);
        },
      ),
    );
  });

  it('never throws on any bytes, and names a workbook only by its signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string');
        const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
        expect(findWorkbook(bytes) === 'xlsx').toBe(zip);
      }),
    );
  });
});

/**
 * The SSDA903 readers not covered by `reader-properties.test.ts` (which holds `readReturn`) answer junk with
 * issues, never an exception: `readReturnsByYear` over junk paths and contents (files in = files in some year
 * + files reported `year.not-found`), `findCollectionYearOfFile`, and `readTableStream` chunked anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCollectionYearOfFile, readReturnsByYear, readTableStream, Ssda903Table } from '../src/index.js';
import { readerInput } from './reader-properties.js';

const path = fc.oneof(
  fc.constantFrom(
    '2023-24/episodes.csv',
    '2023/header.csv',
    '2024-25-header.csv',
    '2022_episodes.csv',
    'return.xml',
    '1899/episodes.csv',
    '9999-00/header.csv',
    '2023-25/episodes.csv',
    '\uFEFF2023-24/x.csv',
    '2023-24\u0000/episodes.csv',
    'a\rb/2024.xml',
  ),
  fc.string({ maxLength: 30 }),
);
const yearXml = fc
  .tuple(
    fc.constantFrom('ReferenceDate', 'Year'),
    fc.oneof(
      fc.constantFrom(
        '2024-03-31',
        '2024',
        '0000',
        '99999',
        '2024-02-30',
        '',
        '2024-13-01',
        '0000-03-31',
        '0001-04-01',
        '1000-06-01',
      ),
      fc.string(),
    ),
  )
  .map(
    ([tag, text]) =>
      `<Message><Header><CollectionDetails><${tag}>${text}</${tag}></CollectionDetails></Header></Message>`,
  );
const content = fc.oneof(
  readerInput.map((i) => i.content),
  yearXml,
);
// Found by the property below: a ReferenceDate that is not a day (30 February) passed `Date.parse` (which
// rolls it over to 1 March) and then threw InvalidDateError from the model's `collectionYearOf`.
const NOT_A_DAY =
  '<Message><Header><CollectionDetails><ReferenceDate>2024-02-30</ReferenceDate></CollectionDetails></Header></Message>';
const files = fc.array(fc.record({ path, content }), { maxLength: 5 });

describe('readReturnsByYear', () => {
  it('never throws, and every file is in some year or reported year.not-found', () => {
    fc.assert(
      fc.property(files, (list) => {
        const r = readReturnsByYear(list);
        expect(Array.isArray(r.issues)).toBe(true);
        const placed = r.value.reduce((n, y) => n + y.paths.length, 0);
        const notFound = r.issues.filter((i) => i.code === 'year.not-found').length;
        expect(placed + notFound).toBe(list.length);
        for (const year of r.value) for (const t of year.tables) expect(t.rows).toBe(t.accepted + t.rejected);
      }),
      { numRuns: 150, examples: [[[{ path: 'return.xml', content: NOT_A_DAY }]]] },
    );
  });

  it('reports an XML return whose ReferenceDate is not a day on the calendar as year.not-found, located', () => {
    const r = readReturnsByYear([{ path: 'return.xml', content: NOT_A_DAY }]);
    expect(r.value).toEqual([]);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'year.not-found', location: { file: 'return.xml' } }),
    ]);
  });

  it('findCollectionYearOfFile never throws on any path and content', () => {
    fc.assert(
      fc.property(path, content, (p, c) => {
        findCollectionYearOfFile({ path: p, content: c });
      }),
      { examples: [['', NOT_A_DAY]] },
    );
  });
});

describe('readTableStream', () => {
  it('never throws on any content, chunked anywhere, and keeps rows = accepted + rejected', async () => {
    await fc.assert(
      fc.asyncProperty(
        readerInput,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.option(fc.constantFrom(...Ssda903Table.options)),
        async ({ content: whole }, cuts, table) => {
          const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => whole.slice(from, [...at, whole.length][i]));
          async function* source() {
            yield* chunks;
          }
          const r = await readTableStream(source(), table ? { table, collectionYear: '2024-25' } : {});
          expect(Array.isArray(r.issues)).toBe(true);
          if (r.table) expect(r.table.rows).toBe(r.table.accepted + r.table.rejected);
          expect(r.value.length).toBe(r.table?.accepted ?? 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

import type { Issue } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SSDA903_COLUMNS, type Ssda903Table } from '../table.js';
import { validCodes } from './codes.js';
import type { LineSpans } from './csv-lines.js';
import { type FieldKind, TABLE_FIELDS } from './fields.js';
import { RowConverter } from './row-converter.js';

// Values that take every branch of the in-place path and of the general one: valid codes in and out of
// upper case, padded values, both date forms and broken dates, postcodes as they stand and not, blanks.
const VALUE = fc.constantFrom(
  '',
  ' ',
  'C1',
  'c1',
  ' C1',
  'U1',
  'u4 ',
  'P2',
  'H5',
  'PR1',
  'S',
  'N1',
  'E4A',
  'X1',
  'CARPL',
  'PN3',
  'M',
  'f',
  'U',
  '1',
  '0',
  '7',
  '-3',
  'UN1',
  'un2',
  'A123456789012',
  '01/02/2020',
  '1/2/2020',
  '31/02/2020',
  '2020-02-01',
  '2020-02-01T00:00',
  '01/02/20',
  'LS6 1AB',
  'ls6 1ab',
  'LS61AB',
  'ZZ1 1ZZ',
  'SC123456',
  'C0000001',
  'C0000002',
  'MANAGE',
  'YES',
  'WBRI',
  '\u00e9',
);
const TABLES = Object.keys(SSDA903_COLUMNS) as Ssda903Table[];

// Mostly good values for each kind of column, so most rows are accepted and their records compared.
const GOOD: Record<FieldKind, string[]> = {
  id: ['C0000001', 'C0000001', 'C0000002', ' C0000002'],
  text: ['SC123456', 'x y'],
  date: ['01/02/2020', '01/02/2020', '2020-03-04', '1/2/2020'],
  code: [],
  sex: ['M', 'F', '1', '2', 'u'],
  flag: ['0', '1'],
  int: ['3', '-3', '12'],
  upn: ['UN1', 'A123456789012'],
  postcode: ['LS6 1AB', 'LS6 1AB', 'ls6 1ab', 'M1 1AA'],
};

function cell(table: Ssda903Table, column: string): fc.Arbitrary<string> {
  const spec = TABLE_FIELDS[table].find((field) => field.column === column);
  if (!spec) return VALUE;
  const good =
    spec.kind === 'code'
      ? [...(spec.list ? validCodes(spec.list, undefined) : (spec.codes ?? []))]
      : GOOD[spec.kind];
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: VALUE });
}

const LINES = fc.constantFrom(...TABLES).chain((table) =>
  fc.tuple(
    fc.constant(table),
    fc.array(fc.tuple(...SSDA903_COLUMNS[table].map((column) => cell(table, column))), {
      minLength: 1,
      maxLength: 8,
    }),
  ),
);

function spansOf(values: readonly string[]): LineSpans {
  const text = `x,${values.join(',')}\n`;
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let at = 2;
  values.forEach((value, i) => {
    starts[i] = at;
    ends[i] = at + value.length;
    at += value.length + 1;
  });
  return { text, starts, ends, count: values.length };
}

describe('RowConverter.convertSpans', () => {
  it('gives the same records and issues as convert, row after row', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        LINES,
        fc.constantFrom(undefined, '2017-18' as const, '2024-25' as const),
        ([table, rows], collectionYear) => {
          const columns = SSDA903_COLUMNS[table];
          const index = new Map(columns.map((column, i) => [column, i]));
          const options = collectionYear ? { collectionYear, file: 'f.csv' } : {};
          const general = new RowConverter(table, index, options);
          const inPlace = new RowConverter(table, index, options);
          rows.forEach((row, r) => {
            const values = row as string[];
            const expectedIssues: Issue[] = [];
            const issues: Issue[] = [];
            const expected = general.convert(values, r + 1, expectedIssues);
            const actual = inPlace.convertSpans(spansOf(values), r + 1, issues);
            expect(actual).toStrictEqual(expected);
            expect(actual && Object.keys(actual)).toEqual(expected && Object.keys(expected));
            expect(issues).toStrictEqual(expectedIssues);
            if (actual) expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
            if (expected) accepted++;
          });
        },
      ),
      { numRuns: 600 },
    );
    // The comparison means something only if many rows made records.
    expect(accepted).toBeGreaterThan(500);
  });
});

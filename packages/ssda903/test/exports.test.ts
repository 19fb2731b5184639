// Files another tool saved in a form other than comma-separated text, written the way those tools write them:
// a workbook renamed .csv, and CSVs separated by semicolons (Excel in much of Europe) or tabs ("Text (Tab
// delimited)"). Each gets one error saying what the file is, not a list of columns it seems to lack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWorkbook, readReturn } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'exports');
const file = (name: string, as = name) => ({
  name: as,
  content: new Uint8Array(readFileSync(join(dir, name))),
});
const read = (...files: { name: string; content: Uint8Array }[]) =>
  readReturn(files, { collectionYear: '2024-25' });

describe('files that are not comma-separated text', () => {
  it('says an .xlsx renamed .csv is a workbook, and reads none of it', () => {
    const result = read(file('episodes-saved-as-xlsx.csv', 'episodes.csv'));
    expect(result.issues).toEqual([
      {
        code: 'file.workbook',
        severity: 'error',
        message:
          'The file is an Excel workbook (.xlsx) or another zip file, not CSV text; no row was read. Save each sheet as CSV (comma-separated).',
        location: { file: 'episodes.csv' },
      },
    ]);
    expect(result.value.episodes).toEqual([]);
  });

  it('tells an Excel 97–2003 workbook by its compound-file signature', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(findWorkbook(xls)).toBe('xls');
    expect(findWorkbook(new TextEncoder().encode('CHILD,DOB'))).toBeUndefined();
    const result = read({ name: 'header.csv', content: xls });
    expect(result.issues.map((i) => i.code)).toEqual(['file.workbook']);
    expect(result.issues[0]?.message).toMatch(
      /^The file is an Excel 97–2003 workbook \(\.xls\), not CSV text/,
    );
  });

  it.each([
    ['header-semicolons.csv', 'header.csv', 'semicolons', 'Header', 2],
    ['episodes-tabs.csv', 'episodes.csv', 'tabs', 'Episodes', 1],
  ])('says %s is separated by %s, where it said columns were missing', (name, as, separator, table, rows) => {
    const result = read(file(name, as));
    expect(result.issues).toEqual([
      {
        code: 'csv.delimiter',
        severity: 'error',
        message: `The header row is separated by ${separator}, not commas; no row was read. Save the file as comma-separated CSV.`,
        location: { file: as, row: 0, table },
      },
    ]);
    // Every data row is counted, none read: the file's rows are all in the table's rejected count.
    expect(result.tables.find((t) => t.file === as)).toMatchObject({ rows, accepted: 0, rejected: rows });
  });

  it('reads a comma-separated header that has a semicolon inside a column name as before', () => {
    const result = read({
      name: 'uasc.csv',
      content: new TextEncoder().encode('CHILD,SEX,DOB,DUC,NOTE;A\r\nC1,F,14/02/2010,01/01/2028,x\r\n'),
    });
    expect(result.issues.map((i) => i.code)).not.toContain('csv.delimiter');
  });
});

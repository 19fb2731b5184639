import { describe, expect, it } from 'vitest';
import { formatTableCsv, writeTablesXlsx } from './export-tables.js';
import type { ForecastTable } from './tabulate-forecast.js';

const table: ForecastTable = {
  name: 'spend',
  columns: ['collection year', 'category', 'expected (£)'],
  rows: [
    ['2024-25', 'residential, external', 1_234_567.89],
    ['2024-25', 'say "other"', null],
  ],
};

describe('formatTableCsv', () => {
  it('quotes commas and quotes, leaves empty cells empty', () => {
    expect(formatTableCsv(table)).toBe(
      'collection year,category,expected (£)\r\n2024-25,"residential, external",1234567.89\r\n2024-25,"say ""other""",\r\n',
    );
  });
});

describe('writeTablesXlsx', () => {
  it('writes a workbook that opens with one sheet per table and numbers as numbers', async () => {
    const bytes = await writeTablesXlsx([
      table,
      { name: 'history', columns: ['date', 'total'], rows: [['2024-03-31', 512]] },
    ]);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['spend', 'history']);
    const spend = workbook.getWorksheet('spend');
    expect(spend?.getRow(2).getCell(3).value).toBe(1_234_567.89);
    expect(spend?.getRow(2).getCell(2).value).toBe('residential, external');
    expect(workbook.getWorksheet('history')?.getRow(2).getCell(2).value).toBe(512);
  });
});

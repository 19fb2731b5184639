import Papa from 'papaparse';
import type { ForecastTable } from './tabulate-forecast.js';

/**
 * One forecast table as CSV text (RFC 4180: comma-separated, quoted where needed, CRLF line ends), with a
 * heading row.
 *
 * @example
 * const csv = formatTableCsv(tabulateForecast({ forecast })[0]);
 */
export function formatTableCsv(table: ForecastTable): string {
  return `${Papa.unparse({ fields: table.columns, data: table.rows }, { newline: '\r\n' })}\r\n`;
}

/**
 * Writes forecast tables to an Excel workbook (.xlsx), one sheet per table with a bold, frozen heading row,
 * numbers stored as numbers. The spreadsheet library (`exceljs`) is loaded only when this is called, so a
 * browser bundle pays for it only on export.
 *
 * @example
 * const bytes = await writeTablesXlsx(tabulateForecast({ forecast, spend }));
 */
export async function writeTablesXlsx(tables: readonly ForecastTable[]): Promise<Uint8Array> {
  // exceljs is CommonJS: its classes sit on `default` under Node's ESM loader, on the module in bundlers.
  const imported = await import('exceljs');
  const ExcelJS = imported.default ?? imported;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Placewise';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    table.columns.forEach((heading, i) => {
      sheet.getColumn(i + 1).width = Math.max(10, heading.length + 2);
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

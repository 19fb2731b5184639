import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { capture } from '../../test/capture.js';
import { readRecords } from './read-records.js';

describe('readRecords', () => {
  // A fee sheet saved from a spreadsheet where "amount" was typed twice (the second an edited copy).
  it('reads the first of two columns with one name and reports the second, without a console warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-read-records-'));
    const file = join(dir, 'fees.csv');
    await writeFile(file, 'id,amount,unit,amount\r\nF1,500,week,450\r\nF2,700,week,\r\n');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const read = await readRecords(file, capture().io);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(read.records).toEqual([
      { id: 'F1', amount: '500', unit: 'week', 'amount (column 4)': '450' },
      { id: 'F2', amount: '700', unit: 'week', 'amount (column 4)': '' },
    ]);
    expect(read.issues).toEqual([
      {
        code: 'csv.column-duplicate',
        severity: 'warning',
        message: 'Column 4 repeats the name of an earlier column; its values are not read.',
        location: { file: 'fees.csv', column: 'amount' },
      },
    ]);
  });
});

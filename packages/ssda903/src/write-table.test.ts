import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../test/arbitraries.js';
import { readTable } from './read-table.js';
import { Ssda903Table } from './table.js';
import { writeTable } from './write-table.js';

describe('writeTable', () => {
  it.each(Ssda903Table.options)('%s: reading what was written gives the same records', (table) => {
    fc.assert(
      fc.property(
        fc.array(recordOf(table), { maxLength: 20 }),
        fc.constantFrom('\r\n', '\n'),
        (records, newline) => {
          const csv = writeTable(table, records, { newline: newline as '\r\n' | '\n' });
          const result = readTable(csv, { table });
          expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(result.value).toEqual(records);
          expect(result.table).toMatchObject({ rows: records.length, accepted: records.length, rejected: 0 });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes DD/MM/YYYY dates and the file column names', () => {
    const csv = writeTable('Missing', [
      { childId: 'C1', dateOfBirth: '2010-05-01', kind: 'M', start: '2024-06-02' },
    ]);
    expect(csv).toBe('CHILD,DOB,MISSING,MIS_START,MIS_END\r\nC1,01/05/2010,M,02/06/2024,\r\n');
  });

  it('writes SEX as 1/2 before 2024-25 and M/F/U from then', () => {
    const child = { id: 'C1', sex: 'female' as const, dateOfBirth: '2012-01-01', uasc: false };
    expect(writeTable('Header', [child], { collectionYear: '2023-24' }).split('\r\n')[1]).toBe(
      'C1,2,01/01/2012,,,,',
    );
    expect(writeTable('Header', [child], { collectionYear: '2024-25' }).split('\r\n')[1]).toBe(
      'C1,F,01/01/2012,,,,',
    );
  });
});

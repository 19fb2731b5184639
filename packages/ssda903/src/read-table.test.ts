import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../test/arbitraries.js';
import { readTable } from './read-table.js';
import { Ssda903Table } from './table.js';
import { writeTable } from './write-table.js';

// Episodes whose URN needs no quoting, so a test can edit cells by splitting lines on commas.
const plainEpisode = recordOf('Episodes').filter((e) => e.urn === undefined || /^[\w -]+$/.test(e.urn));
const HEADER =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

describe('readTable', () => {
  it('never throws on arbitrary bytes, and rows = accepted + rejected', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.option(fc.constantFrom(...Ssda903Table.options)),
        (bytes, table) => {
          const result = readTable(bytes, table ? { table } : {});
          if (result.table) expect(result.table.rows).toBe(result.table.accepted + result.table.rejected);
          expect(result.value.length).toBe(result.table?.accepted ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text under an Episodes header', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '1', '/', '"', ',', '\n', '\r', ' ', 'S', '-'),
      maxLength: 80,
    });
    fc.assert(
      fc.property(cell, (body) => {
        const result = readTable(`${HEADER}\n${body}`, { table: 'Episodes' });
        const summary = result.table;
        expect(summary).toBeDefined();
        expect(summary?.rows).toBe((summary?.accepted ?? 0) + (summary?.rejected ?? 0));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects exactly the rows that have an error, each located at its row', () => {
    const corruption = fc.record({
      row: fc.nat(),
      column: fc.nat(12),
      value: fc.constantFrom('', '31/02/2024', 'ZZ', 'x'),
    });
    fc.assert(
      fc.property(
        fc.array(plainEpisode, { minLength: 1, maxLength: 15 }),
        fc.array(corruption, { maxLength: 5 }),
        (records, cuts) => {
          const lines = writeTable('Episodes', records, { newline: '\n' }).trimEnd().split('\n');
          for (const cut of cuts) {
            const index = 1 + (cut.row % records.length);
            const cells = (lines[index] as string).split(',');
            cells[cut.column] = cut.value;
            lines[index] = cells.join(',');
          }
          const result = readTable(lines.join('\n'), { table: 'Episodes', collectionYear: '2024-25' });
          const errorRows = new Set(
            result.issues.filter((i) => i.severity === 'error').map((i) => i.location.row),
          );
          expect(result.table?.rows).toBe(records.length);
          expect(result.table?.rejected).toBe(errorRows.size);
          expect(result.table?.accepted).toBe(result.value.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports a missing required column once, and reads no row', () => {
    const result = readTable('CHILD,RNE,LS\nC1,S,C2\nC2,S,C2\n', { table: 'Episodes', file: 'episodes.csv' });
    expect(result.issues).toEqual([
      {
        code: 'column.missing',
        severity: 'error',
        message: 'Episodes needs the column(s) DECOM, CIN, PLACE; no row was read.',
        location: { file: 'episodes.csv', row: 0, table: 'Episodes' },
      },
    ]);
    expect(result.table).toEqual({
      table: 'Episodes',
      file: 'episodes.csv',
      rows: 2,
      accepted: 0,
      rejected: 2,
    });
  });

  it('reports an unrecognised table once', () => {
    const result = readTable('name,price\nwidget,3\n', { file: 'prices.csv' });
    expect(result.table).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(['table.unrecognised']);
  });

  it('tells the table from its columns when not told', () => {
    expect(readTable('CHILD,SEX,DOB,DUC\nC1,M,01/01/2008,\n').table?.table).toBe('UASC');
    expect(readTable('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n').table?.table).toBe('Header');
  });

  it('accepts SEX in the old and new forms', () => {
    const result = readTable(
      'CHILD,SEX,DOB\nA,1,01/01/2010\nB,2,01/01/2010\nC,m,01/01/2010\nD,F,01/01/2010\nE,U,01/01/2010\n',
      {
        table: 'Header',
      },
    );
    expect(result.value.map((c) => c.sex)).toEqual(['male', 'female', 'male', 'female', 'unknown']);
  });

  it('checks codes against the collection year', () => {
    const row = 'C1,01/05/2024,S,C2,N1,K3,PR4,,,,,,SC1';
    expect(
      readTable(`${HEADER}\n${row}`, { table: 'Episodes', collectionYear: '2024-25' }).value,
    ).toHaveLength(1);
    const old = readTable(`${HEADER}\n${row}`, { table: 'Episodes', collectionYear: '2023-24' });
    expect(old.value).toHaveLength(0);
    expect(old.issues[0]).toMatchObject({ code: 'code.invalid', location: { row: 1, column: 'PLACE' } });
  });

  it('rejects P2 for placements starting after 28 October 2023', () => {
    const early = readTable(`${HEADER}\nC1,01/05/2023,S,C2,N1,P2,PR4,,,,,,`, { table: 'Episodes' });
    const late = readTable(`${HEADER}\nC1,01/11/2023,S,C2,N1,P2,PR4,,,,,,`, { table: 'Episodes' });
    expect(early.value).toHaveLength(1);
    expect(late.issues.map((i) => i.code)).toEqual(['code.invalid']);
  });

  it('asks for a URN only where the placement type needs one', () => {
    const read = (place: string, dec = '') =>
      readTable(`${HEADER}\nC1,01/05/2023,S,C2,N1,${place},,${dec},,,,,`, { table: 'Episodes' }).issues.map(
        (i) => i.code,
      );
    expect(read('K2')).toEqual(['urn.missing']);
    expect(read('P1')).toEqual([]);
    expect(read('T4')).toEqual([]);
    expect(read('H5', '01/09/2023')).toEqual([]);
    expect(read('H5', '01/11/2023')).toEqual(['urn.missing']);
  });

  it('exempts placements a locator puts outside England from the URN check', () => {
    const locator = {
      locate: (postcode: string) =>
        postcode === 'CF10 1AA'
          ? {
              postcode,
              point: { easting: 318000, northing: 176000 },
              authority: 'W06000015',
              nation: 'wales' as const,
              precision: 'unit' as const,
            }
          : undefined,
    };
    const result = readTable(`${HEADER}\nC1,01/05/2023,S,C2,N1,K2,PR4,,,,,CF10 1AA,`, {
      table: 'Episodes',
      locator,
    });
    expect(result.issues).toEqual([]);
  });

  describe('a column named twice, as a spreadsheet export with a copied column writes it', () => {
    // By hand: Episodes with DECOM again at the end (column 14) and an extra NOTES column twice (15, 16),
    // CRLF line ends, one quoted row (so both the in-place and the general row paths are used).
    const csv = [
      `${HEADER},DECOM,NOTES,NOTES`,
      'C1,01/05/2024,S,C2,N1,P1,PR1,,,,,,,01/05/2024,,', // copies agree
      'C2,10/05/2024,S,C2,N1,P1,PR1,,,,,,,,,', // second copy blank
      'C3,,S,C2,N1,P1,PR1,,,,,,,20/05/2024,,', // first copy blank: the second is read
      'C4,01/06/2024,S,C2,N1,P1,PR1,,,,,,,02/06/2024,,', // copies differ: rejected
      '"C5",01/07/2024,S,C2,N1,P1,PR1,,,,,,,03/07/2024,,', // quoted, copies differ: rejected
      '',
    ].join('\r\n');
    const result = readTable(csv, { table: 'Episodes', file: 'episodes.csv', collectionYear: '2024-25' });
    const at = { file: 'episodes.csv', table: 'Episodes' };

    it('reports the repeat once, at the header row, and every copy of an unknown column', () => {
      expect(result.issues.filter((i) => i.location.row === 0)).toEqual([
        {
          code: 'column.duplicate',
          severity: 'warning',
          message:
            'DECOM is named at columns 2 and 14; a row is read from whichever holds a value, and rejected if they differ.',
          location: { ...at, row: 0, column: 'DECOM' },
        },
        expect.objectContaining({ code: 'column.unknown', location: { ...at, row: 0, column: 'column 15' } }),
        expect.objectContaining({ code: 'column.unknown', location: { ...at, row: 0, column: 'column 16' } }),
      ]);
    });

    it('reads the one value given, and rejects the rows whose copies differ', () => {
      // Recounted from the rows above: 5 rows, C1–C3 kept, C4 and C5 rejected.
      expect(result.table).toEqual({
        table: 'Episodes',
        file: 'episodes.csv',
        rows: 5,
        accepted: 3,
        rejected: 2,
      });
      expect(result.value.map((e) => [e.childId, e.start])).toEqual([
        ['C1', '2024-05-01'],
        ['C2', '2024-05-10'],
        ['C3', '2024-05-20'],
      ]);
      expect(result.issues.filter((i) => i.location.row !== 0)).toEqual([
        {
          code: 'value.conflict',
          severity: 'error',
          message: 'DECOM holds two different values; the row is rejected.',
          location: { ...at, row: 4, column: 'DECOM' },
        },
        {
          code: 'value.conflict',
          severity: 'error',
          message: 'DECOM holds two different values; the row is rejected.',
          location: { ...at, row: 5, column: 'DECOM' },
        },
      ]);
    });
  });
});

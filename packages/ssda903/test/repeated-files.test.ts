// A return folder where a file was downloaded twice: the browser saved the second copy as `episodes (1).csv`.
import { describe, expect, it } from 'vitest';
import { readReturn } from '../src/index.js';

const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  'C1,F,14/02/2010,WBRI,UN1,,',
  'C2,M,03/05/2012,WBRI,UN1,,',
  '',
];
const EPISODES = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  'C1,01/04/2024,S,C2,N1,U1,PR1,01/08/2024,X1,CARPL,LS6 1AA,LS8 2BB,SC000001',
  'C1,01/08/2024,P,C2,N1,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000002',
  'C2,15/06/2024,S,V2,N2,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000003',
  '',
];
const csv = (lines: string[]) => lines.join('\r\n');

describe('a table given in two files', () => {
  const result = readReturn(
    [
      { name: 'episodes (1).csv', content: csv(EPISODES) },
      { name: 'episodes.csv', content: csv(EPISODES) },
      { name: 'header.csv', content: csv(HEADER) },
    ],
    { collectionYear: '2024-25' },
  );

  it('notes once that the table is read from both files', () => {
    expect(result.issues.filter((i) => i.code === 'table.repeated')).toEqual([
      {
        code: 'table.repeated',
        severity: 'info',
        message:
          'Episodes is read from 2 files (episodes (1).csv, episodes.csv); their rows make one table, so a file given twice has every row twice.',
        location: { file: 'episodes.csv', table: 'Episodes' },
      },
    ]);
  });

  it('rejects each repeated row, naming the file and row it repeats', () => {
    // Recounted by hand: three episodes in each file; the second file's three start on the days the first's do.
    expect(result.tables.filter((t) => t.table === 'Episodes')).toEqual([
      { table: 'Episodes', file: 'episodes (1).csv', rows: 3, accepted: 3, rejected: 0 },
      { table: 'Episodes', file: 'episodes.csv', rows: 3, accepted: 0, rejected: 3 },
    ]);
    expect(result.value.episodes).toHaveLength(3);
    const overlaps = result.issues.filter((i) => i.code === 'episode.overlap');
    expect(overlaps.map((i) => [i.location.file, i.location.row, i.message])).toEqual(
      [1, 2, 3].map((row) => [
        'episodes.csv',
        row,
        `The episode starts on the same day as the child's episode at row ${row} of episodes (1).csv; it cannot be placed after it.`,
      ]),
    );
  });

  it('names the row of the first Header row a repeated child has, in the same file without the file name', () => {
    const twice = readReturn([
      { name: 'header.csv', content: csv([...HEADER.slice(0, 3), HEADER[1] as string, '']) },
    ]);
    const duplicate = twice.issues.filter((i) => i.code === 'child.duplicate');
    expect(duplicate.map((i) => [i.location.row, i.message])).toEqual([
      [3, 'This CHILD already has a Header row (row 1).'],
    ]);
    expect(twice.issues.map((i) => i.code)).not.toContain('table.repeated');
  });
});

describe('CHILD identifiers that lost their leading zeros in one file', () => {
  it('says so once, beside the episode.no-header of each episode, when the ids match without the zeros', () => {
    // The Header file kept 000381 and 000452; the Episodes file was saved from Excel, which dropped the zeros.
    // 789 has no Header row however it is read.
    const result = readReturn(
      [
        {
          name: 'header.csv',
          content: csv(['CHILD,SEX,DOB', '000381,F,14/02/2010', '000452,M,03/05/2012', '']),
        },
        {
          name: 'episodes.csv',
          content: csv([
            EPISODES[0] as string,
            '381,01/04/2024,S,C2,N1,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000001',
            '452,15/06/2024,S,V2,N2,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000003',
            '789,15/06/2024,S,V2,N2,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000003',
            '',
          ]),
        },
      ],
      { collectionYear: '2024-25' },
    );
    // Recounted: all three episodes have no Header row as written; two match once zeros are ignored.
    expect(result.issues.filter((i) => i.code === 'episode.no-header')).toHaveLength(3);
    const hint = result.issues.filter((i) => i.code === 'child.leading-zeros');
    expect(hint).toHaveLength(1);
    expect(hint[0]).toMatchObject({
      severity: 'warning',
      location: { file: 'episodes.csv', table: 'Episodes', row: 1, column: 'CHILD' },
    });
    expect(hint[0]?.message).toMatch(/^2 episodes have a CHILD that matches/);
    expect(hint[0]?.message).not.toMatch(/381|452/);
  });

  it('says nothing when the ids differ in more than zeros', () => {
    const result = readReturn(
      [
        { name: 'header.csv', content: csv(['CHILD,SEX,DOB', 'A1,F,14/02/2010', '']) },
        {
          name: 'episodes.csv',
          content: csv([EPISODES[0] as string, 'A2,01/04/2024,S,C2,N1,U1,PR1,,,,,,SC000001', '']),
        },
      ],
      { collectionYear: '2024-25' },
    );
    expect(result.issues.map((i) => i.code)).toContain('episode.no-header');
    expect(result.issues.map((i) => i.code)).not.toContain('child.leading-zeros');
  });
});

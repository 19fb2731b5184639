// CSVs saved by Excel with US settings write dates as M/D/YYYY: written here by hand as such a file would be.
import { describe, expect, it } from 'vitest';
import { readReturn, readTable, readTableStream } from '../src/index.js';

const EPISODES_HEAD =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const episodes = (...rows: string[]) => [EPISODES_HEAD, ...rows, ''].join('\r\n');
const options = { collectionYear: '2024-25', table: 'Episodes', file: 'episodes.csv' } as const;
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('dates in US order (date.month-first)', () => {
  // 1 April, 20 May and 3 June 2024 as Excel with US settings writes them; 20 May cannot be read as D/M.
  const US = episodes(
    'C1,4/1/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001',
    'C2,5/20/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001',
    'C3,6/3/2024,S,C2,N1,U1,PR1,6/30/2024,E11,,LS1 1AA,LS2 7AB,SC000001',
  );

  it('warns once, at the first date only MM/DD/YYYY reads, that the other dates may be swapped', () => {
    const result = readTable(US, options);
    // Recounted: C2's DECOM and C3's DEC are not dates as DD/MM, so those two rows are rejected; C1 is read
    // as 4 January, which is the swap the warning is about.
    expect(result.table).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
    expect(result.value[0]?.start).toBe('2024-01-04');
    expect(codes(result.issues)).toEqual(['date.invalid', 'date.invalid', 'date.month-first']);
    const warning = result.issues.at(-1);
    expect(warning).toMatchObject({
      severity: 'warning',
      location: { file: 'episodes.csv', table: 'Episodes', row: 2, column: 'DECOM' },
    });
    expect(warning?.message).toMatch(/^2 dates are valid only as MM\/DD\/YYYY/);
    // No value of the file in the message.
    expect(warning?.message).not.toMatch(/2024|C2/);
  });

  it('says the same when the file is streamed in pieces, in the last batch', async () => {
    const bytes = new TextEncoder().encode(US);
    async function* halves() {
      yield bytes.slice(0, 60);
      yield bytes.slice(60);
    }
    const result = await readTableStream(halves(), options);
    expect(codes(result.issues)).toEqual(['date.invalid', 'date.invalid', 'date.month-first']);
  });

  it('says nothing when a date has a day above 12 (the file is in DD/MM order; a bad date is just bad)', () => {
    const result = readTable(
      episodes(
        'C1,13/04/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001',
        'C2,5/20/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001',
      ),
      options,
    );
    expect(codes(result.issues)).toEqual(['date.invalid']);
  });

  it('says nothing for UK dates that happen to fall on the 1st to the 12th, or for a date no order reads', () => {
    const uk = readTable(
      episodes(
        'C1,01/04/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001',
        'C2,31/02/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001',
      ),
      options,
    );
    expect(codes(uk.issues)).toEqual(['date.invalid']);
    expect(
      codes(readTable(episodes('C1,2024-04-01,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001'), options).issues),
    ).toEqual([]);
  });

  it('is said per file in a return: the header file in US order, the episodes in UK order', () => {
    const header = [
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
      'C1,M,3/4/2012,WBRI,UN1,,',
      'C2,F,7/23/2010,WBRI,UN1,,',
      '',
    ].join('\r\n');
    const result = readReturn(
      [
        { name: 'header.csv', content: header },
        {
          name: 'episodes.csv',
          content: episodes('C1,14/04/2024,S,C2,N1,U1,PR1,,,,LS1 1AA,LS2 7AB,SC000001'),
        },
      ],
      { collectionYear: '2024-25' },
    );
    const month = result.issues.filter((i) => i.code === 'date.month-first');
    expect(month).toHaveLength(1);
    expect(month[0]?.location).toMatchObject({ file: 'header.csv', table: 'Header', row: 2, column: 'DOB' });
  });
});

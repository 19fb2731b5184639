// A 2024-25 return read as if it were 2023-24's (`--year 2023-24`), as a council does when it points the
// command at the newest export by mistake. Its episodes run from April 2024, so figures for 2023-24 would
// miss every child who left before 1 April 2024, and nothing said so.
import { describe, expect, it } from 'vitest';
import { readReturn } from '../src/index.js';

const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  'C1,F,14/02/2010,WBRI,UN1,,',
  'C2,M,03/05/2012,WBRI,UN1,,',
  'C3,M,09/09/2011,WBRI,UN1,,',
];
// C1: a placement from 2023 that ended in the year asked, then one that began after it.
// C2: began in 2024-25 and ended in 2025-26. C3: began and is still open in 2023-24.
const EPISODES = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  'C1,01/06/2023,S,C2,N1,U1,PR1,01/03/2024,X1,CARPL,LS6 1AA,LS8 2BB,SC000001',
  'C1,01/03/2024,P,C2,N1,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000002',
  'C3,10/10/2023,S,V2,N2,U1,PR1,,,,LS6 1AA,LS8 2BB,SC000003',
  'C2,15/06/2024,S,V2,N2,U1,PR1,02/04/2025,E4A,,LS6 1AA,LS8 2BB,SC000004',
];
const files = [
  { name: 'header.csv', content: HEADER.join('\r\n') },
  { name: 'episodes.csv', content: EPISODES.join('\r\n') },
];

describe('a return read for a year before its own', () => {
  it('warns once, at the first episode after the year, counting the episodes beyond it and naming no date', () => {
    const { issues, value } = readReturn(files, { collectionYear: '2023-24' });
    const after = issues.filter((i) => i.code === 'episode.after-year');
    // Recounted by hand: of 4 episodes only C2's (row 4) starts after 31 March 2024; its DEC, 2 April 2025,
    // is the latest date and falls in 2025-26.
    expect(after).toEqual([
      {
        code: 'episode.after-year',
        severity: 'warning',
        message:
          "1 of 4 episodes start or end after 31 March 2024, the end of 2023-24, the year read; the latest is in 2025-26. The file may be a later year's return: read it for that year.",
        location: { file: 'episodes.csv', table: 'Episodes', row: 4, column: 'DECOM' },
      },
    ]);
    expect(after[0]?.message).not.toMatch(/2024-06-15|15\/06\/2024|2025-04-02/);
    // Nothing is rejected for it.
    expect(value.episodes).toHaveLength(4);
  });

  it('names DEC when an episode of the year ends after it, and says nothing for the episodes’ own year', () => {
    const ending = readReturn(files, { collectionYear: '2024-25' }).issues.filter(
      (i) => i.code === 'episode.after-year',
    );
    // Read for 2024-25: C2's episode began in the year but ended on 2 April 2025, after 31 March 2025.
    expect(ending.map((i) => [i.location.row, i.location.column, i.message.slice(0, 50)])).toEqual([
      [4, 'DEC', '1 of 4 episodes start or end after 31 March 2025, '],
    ]);
    const inYear = readReturn(
      [
        files[0] as (typeof files)[number],
        { name: 'episodes.csv', content: EPISODES.slice(0, 4).join('\n') },
      ],
      { collectionYear: '2023-24' },
    );
    expect(inYear.issues.filter((i) => i.code === 'episode.after-year')).toEqual([]);
  });

  it('is read from the XML form too, and not at all when no year is asked for', () => {
    const xml = `<?xml version="1.0"?><Message><Children><CHILD><HEADER><CHILDID>C2</CHILDID><SEX>M</SEX><DOB>2012-05-03</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN><MOTHER/></HEADER><EPISODE><DECOM>2024-06-15</DECOM><RNE>S</RNE><LS>V2</LS><CIN>N2</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC/><REC/><HOME_POST>LS6 1AA</HOME_POST><PL_POST>LS8 2BB</PL_POST><URN>SC000004</URN></EPISODE></CHILD></Children></Message>`;
    const read = readReturn([{ name: 'return.xml', content: xml }], { collectionYear: '2023-24' });
    expect(
      read.issues.filter((i) => i.code === 'episode.after-year').map((i) => i.message.slice(0, 25)),
    ).toEqual(['1 of 1 episodes start or ']);
    expect(readReturn(files).issues.filter((i) => i.code === 'episode.after-year')).toEqual([]);
  });

  it('checks nothing, and does not throw, for a year that is not a collection year', () => {
    const read = readReturn(files, { collectionYear: '2024-26' });
    expect(read.issues.map((i) => i.code)).toContain('year.unsupported');
    expect(read.issues.filter((i) => i.code === 'episode.after-year')).toEqual([]);
    expect(read.value.episodes).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { readReturnsByYear } from './read-returns-by-year.js';

// Hand-written the way council case-management systems export them: one header and one episodes file a year.
const EPISODE_COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const header = (ids: string[]) =>
  `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${ids.map((id) => `${id},1,01/06/2012,WBRI,UN1,,`).join('\n')}\n`;
const episodes = (rows: string[]) => `${EPISODE_COLUMNS}\n${rows.join('\r\n')}\r\n`;

describe('readReturnsByYear', () => {
  it('finds years in folders, in file names, and resolves a bare year from the dates', () => {
    const { value, issues } = readReturnsByYear([
      { path: '2021-22/header.csv', content: header(['A1', 'A2']) },
      {
        path: '2021-22/episodes.csv',
        content: episodes(['A1,10/05/2021,S,C2,N1,U1,PR1,,,,,,', 'A2,01/02/2022,S,C2,N1,U3,PR1,,,,,,']),
      },
      { path: '2022-23-header.csv', content: header(['A1']) },
      { path: '2022-23-episodes.csv', content: episodes(['A1,10/05/2021,S,C2,N1,U1,PR1,,,,,,']) },
      // A bare 2024: the latest date (2024-02-01) falls in 2023-24, the year ending in 2024.
      { path: 'returns 2024/header.csv', content: header(['A1']) },
      {
        path: 'returns 2024/episodes.csv',
        content: episodes(['A1,10/05/2021,S,C2,N1,U1,PR1,01/02/2024,E11,,,,']),
      },
      { path: 'notes.csv', content: 'a,b\n1,2\n' },
    ]);
    expect(value.map((y) => [y.collectionYear, y.yearFrom, y.paths.length])).toEqual([
      ['2021-22', 'path', 2],
      ['2022-23', 'path', 2],
      ['2023-24', 'data', 2],
    ]);
    expect(value[0]?.value.episodes.map((e) => e.childId)).toEqual(['A1', 'A2']);
    expect(value[0]?.coverage).toMatchObject({ read: 4, used: 4, status: 'complete' });
    expect(issues.map((i) => [i.code, i.location.file])).toEqual([
      ['year.not-found', 'notes.csv'],
      ['year.inferred', 'returns 2024/episodes.csv'],
    ]);
    expect(issues[1]?.message).toContain('2023-24');
  });

  it('reads a bare year as the year starting then when the latest date is in it, or there is no date', () => {
    const { value, issues } = readReturnsByYear([
      // 2023: latest date 2023-09-01 falls in 2023-24, the year starting in 2023.
      { path: '2023_episodes.csv', content: episodes(['C1,01/06/2023,S,C2,N1,U1,PR1,01/09/2023,E11,,,,']) },
      // 2020: no episodes, so no date: the year starting in 2020.
      { path: '2020_header.csv', content: header(['C2']) },
    ]);
    expect(value.map((y) => [y.collectionYear, y.yearFrom])).toEqual([
      ['2020-21', 'data'],
      ['2023-24', 'data'],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['year.inferred', 'year.inferred']);
  });

  it('reads the year an XML return states when its path names none', () => {
    const xml = `<?xml version="1.0"?><Message><Header><CollectionDetails><Collection>SSDA903</Collection><Year>2018</Year><ReferenceDate>2018-03-31</ReferenceDate></CollectionDetails></Header><Children><CHILD><HEADER><CHILDID>X1</CHILDID><SEX>2</SEX><DOB>2010-01-01</DOB></HEADER></CHILD></Children></Message>`;
    const onlyYear = xml.replace(/<ReferenceDate>.*<\/ReferenceDate>/, '').replace('2018', '2019');
    const { value } = readReturnsByYear([
      { path: 'upload/return.xml', content: new TextEncoder().encode(xml) },
      { path: 'upload/second.xml', content: onlyYear },
    ]);
    expect(value.map((y) => [y.collectionYear, y.yearFrom])).toEqual([
      ['2017-18', 'xml'],
      ['2018-19', 'xml'],
    ]);
  });

  it('puts files of one year found two ways into one return, with locations naming the path', () => {
    const { value } = readReturnsByYear([
      { path: '2023-24/header.csv', content: header(['B1', 'B2']) },
      { path: '2023-24-episodes.csv', content: episodes(['B1,01/04/2023,S,C2,N1,U1,PR1,,,,,,', 'B2,bad,S']) },
    ]);
    expect(value).toHaveLength(1);
    const year = value[0];
    expect(year?.paths).toEqual(['2023-24-episodes.csv', '2023-24/header.csv']);
    expect(year?.value.children).toHaveLength(2);
    expect(year?.value.episodes).toHaveLength(1);
    expect(year?.coverage).toMatchObject({ read: 4, used: 3 });
    expect(year?.issues.some((i) => i.location.file === '2023-24-episodes.csv')).toBe(true);
  });
});

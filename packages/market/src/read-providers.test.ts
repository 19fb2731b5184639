import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOfstedProviders } from './read-providers.js';

// Written by hand the way a newer Ofsted download looks: different header spellings and case, a BOM,
// CRLF line ends, a quoted owner with a comma, an unknown authority, bad rows and a footnote row.
const csv = [
  '\uFEFFURN,Provision Type,Registration Date,Registration Status,Name,Local Authority,Government office region,SECTOR,Places,Short-break-only children’s home,Owner Name,Overall experiences and progress of children and young people',
  'SC100001,Children\'s home,04/05/2024,Active,REDACTED,Leeds,Yorkshire and The Humber,Private,4,,"Care, Ltd",Good',
  "SC100002,Children's Home,2019-01-10,Suspended,REDACTED,Bristol,South West,Local Authority,6,Short-break-only children's home,Bristol City Council,Outstanding",
  'SC100003,Independent Fostering Agency,01/01/2010,Active,Foster Co,Kingston upon Hull,Yorkshire and The Humber,Voluntary,,,Foster Co,',
  'SC100004,Boarding School,01/01/2000,Active,A School,Leeds,Yorkshire and The Humber,Private,90,,A School,',
  "SC100005,Children's home,01/01/2020,Closed,REDACTED,Leeds,Yorkshire and The Humber,Private,3,,X,",
  "SC100006,Children's home,01/01/2021,Active,REDACTED,Leeds,Yorkshire and The Humber,Academy,3,,X,",
  "SC100007,Children's home,01/01/2021,Active,REDACTED,Leeds,Yorkshire and The Humber,Private,four,,X,",
  "SC100008,Children's home,01/01/2021,Active,REDACTED,Atlantis,,Private,2,,REDACTED,",
  ',,,,,,,,,,,',
  '',
].join('\r\n');

describe('readOfstedProviders', () => {
  const { value, issues } = readOfstedProviders(csv, { file: 'providers-2025.csv', asAt: '2025-03-31' });

  it('keeps homes and agencies, tolerating header spellings', () => {
    expect(value.snapshot.providers.map((p) => p.urn)).toEqual([
      'SC100001',
      'SC100002',
      'SC100003',
      'SC100008',
    ]);
    expect(value.snapshot.providers[0]).toEqual({
      urn: 'SC100001',
      kind: 'childrens-home',
      authority: 'E08000035',
      region: 'Yorkshire and The Humber',
      sector: 'private',
      places: 4,
      owner: 'Care, Ltd',
      judgement: 'good',
      registeredOn: '2024-05-04',
      shortBreakOnly: false,
    });
    expect(value.snapshot.providers[1]).toMatchObject({
      authority: 'E06000023',
      sector: 'local-authority',
      shortBreakOnly: true,
      judgement: 'outstanding',
    });
    expect(value.snapshot.providers[2]).toMatchObject({
      kind: 'fostering-agency',
      places: 0,
      authority: 'E06000010',
    });
    expect(value.snapshot.providers[3]).not.toHaveProperty('owner');
  });

  it('accounts for every row and locates each problem', () => {
    expect(value.counts).toEqual({
      read: 9,
      accepted: 4,
      rejected: 2,
      otherProvision: 1,
      inactive: 1,
      blank: 1,
    });
    expect(issues.map((i) => [i.code, i.location.row, i.location.column])).toEqual([
      ['providers.sector-unknown', 6, 'Sector'],
      ['providers.places-invalid', 7, 'Places'],
      ['providers.authority-unknown', 8, 'Local authority'],
    ]);
  });

  it('reports missing columns instead of throwing', () => {
    const result = readOfstedProviders('URN,Name\nSC1,X\n');
    expect(result.value.counts).toMatchObject({ read: 1, rejected: 1, accepted: 0 });
    expect(result.issues.map((i) => i.location.column)).toEqual([
      'provisionType',
      'authority',
      'sector',
      'places',
    ]);
  });

  // Two extracts pasted one under the other, overlapping by a home: its row appears twice.
  it('leaves out, and reports, a second row with the same URN, so no home is counted twice', () => {
    const home =
      "SC200001,Children's home,01/01/2021,Active,REDACTED,Leeds,Yorkshire and The Humber,Private,4,,X,";
    const other =
      "SC200002,Children's home,01/01/2021,Active,REDACTED,Leeds,Yorkshire and The Humber,Private,3,,X,";
    const joined = [csv.split('\r\n')[0], home, other, home].join('\n');
    const read = readOfstedProviders(joined, { file: 'joined.csv', asAt: '2025-03-31' });
    expect(read.value.snapshot.providers.map((p) => [p.urn, p.places])).toEqual([
      ['SC200001', 4],
      ['SC200002', 3],
    ]);
    expect(read.value.counts).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(read.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.location])).toEqual([
      ['providers.urn-duplicate', { file: 'joined.csv', row: 3, column: 'URN' }],
    ]);
  });

  it('assumes the 31 March after the latest registration when no date is given, and says so', () => {
    const result = readOfstedProviders(csv);
    expect(result.value.snapshot.asAt).toBe('2025-03-31');
    expect(result.issues.some((i) => i.code === 'providers.as-at-assumed')).toBe(true);
  });

  it('never loses a row: read = accepted + rejected + other + inactive + blank', () => {
    const cell = fc.constantFrom(
      "Children's home",
      'Boarding School',
      '',
      'Private',
      'Leeds',
      '3',
      'x',
      'Closed',
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const text = [
          'URN,Provision type,Local authority,Sector,Places,Registration status',
          ...rows.map((r) => r.join(',')),
        ].join('\n');
        const { counts } = readOfstedProviders(text, { asAt: '2025-03-31' }).value;
        expect(
          counts.accepted + counts.rejected + counts.otherProvision + counts.inactive + counts.blank,
        ).toBe(counts.read);
      }),
    );
  });

  it('reports a column named twice, or under two spellings, and reads the leftmost copy', () => {
    // By hand, as a spreadsheet export with pasted-in columns writes it: Places twice and Number of
    // places once (columns 5, 7, 8), Sector twice (4, 6), CRLF line ends.
    const text = [
      'URN,Provision type,Local authority,Sector,Places,SECTOR,Places,Number of places',
      "SC200001,Children's home,Leeds,Private,4,Voluntary,5,6",
      "SC200002,Children's home,Leeds,Private,3,,,",
      '',
    ].join('\r\n');
    const result = readOfstedProviders(text, { file: 'providers.csv', asAt: '2025-03-31' });
    expect(result.issues).toEqual([
      {
        code: 'providers.column-duplicate',
        severity: 'warning',
        message: 'Column 6 is a second sector column; it is ignored and column 4 is read.',
        location: { file: 'providers.csv', row: 0, column: 'SECTOR' },
      },
      {
        code: 'providers.column-duplicate',
        severity: 'warning',
        message: 'Column 7 is a second places column; it is ignored and column 5 is read.',
        location: { file: 'providers.csv', row: 0, column: 'Places' },
      },
      {
        code: 'providers.column-duplicate',
        severity: 'warning',
        message: 'Column 8 is a second places column; it is ignored and column 5 is read.',
        location: { file: 'providers.csv', row: 0, column: 'Number of places' },
      },
    ]);
    // Two rows, both kept, read from the leftmost copies: Private, 4 and 3 places.
    expect(result.value.counts).toMatchObject({ read: 2, accepted: 2, rejected: 0 });
    expect(result.value.snapshot.providers.map((p) => [p.sector, p.places])).toEqual([
      ['private', 4],
      ['private', 3],
    ]);
  });
});

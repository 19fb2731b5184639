import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../test/arbitraries.js';
import { readReturn } from './read-return.js';
import { emptyReturn } from './return.js';
import { writeReturn } from './write-return.js';

const child = recordOf('Header').chain((c) =>
  fc
    .record({ uasc: fc.boolean(), ceased: fc.option(fc.constant('2026-01-31'), { nil: undefined }) })
    .map(({ uasc, ceased }) => (uasc ? (ceased ? { ...c, uasc, uascCeased: ceased } : { ...c, uasc }) : c)),
);

describe('readReturn', () => {
  it('reads back what writeReturn wrote, every table', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(child, { selector: (c) => c.id, maxLength: 8 }),
        fc.array(recordOf('Missing'), { maxLength: 4 }),
        fc.array(recordOf('OC3'), { maxLength: 4 }),
        fc.array(recordOf('SWEpisodes'), { maxLength: 4 }),
        (children, missing, oc3, socialWorkerEpisodes) => {
          const value = { ...emptyReturn(), children, missing, oc3, socialWorkerEpisodes };
          const read = readReturn(writeReturn(value));
          expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(read.value.children).toEqual(children);
          expect(read.value.missing).toEqual(missing);
          expect(read.value.oc3).toEqual(oc3);
          expect(read.value.socialWorkerEpisodes).toEqual(socialWorkerEpisodes);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('never throws on arbitrary bytes or text, as CSV or as XML', () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('<', '>', '/', 'CHILD', 'HEADER', 'EPISODE', 'DECOM', 'x', ' '),
        maxLength: 60,
      }),
    );
    fc.assert(
      fc.property(content, fc.constantFrom('episodes.csv', 'return.xml', 'data.csv'), (body, name) => {
        const result = readReturn([{ name, content: body }]);
        for (const t of result.tables) expect(t.rows).toBe(t.accepted + t.rejected);
      }),
      { numRuns: 300 },
    );
  });

  it('tells tables by their header when the file name says nothing', () => {
    const result = readReturn([{ name: 'export1.csv', content: 'CHILD,SEX,DOB,DUC\nC1,M,01/01/2008,\n' }]);
    expect(result.tables).toEqual([
      { table: 'UASC', file: 'export1.csv', rows: 1, accepted: 1, rejected: 0 },
    ]);
  });

  it('reports an unrecognised file once and reads the rest', () => {
    const result = readReturn([
      { name: 'readme.csv', content: 'a,b\n1,2\n' },
      { name: 'missing.csv', content: 'CHILD,DOB,MISSING,MIS_START,MIS_END\nC1,01/01/2010,M,01/05/2024,\n' },
    ]);
    expect(result.issues.map((i) => [i.code, i.location.file])).toEqual([
      ['table.unrecognised', 'readme.csv'],
    ]);
    expect(result.value.missing).toHaveLength(1);
  });

  it('reports malformed XML as one issue', () => {
    const result = readReturn([{ name: 'return.xml', content: '<Message><CHILD><HEADER>' }]);
    expect(result.issues.map((i) => i.code)).toEqual(['xml.malformed']);
    expect(result.tables).toEqual([]);
  });

  // Written the way a hand-edited export arrives: CR line endings, a child's UASC row sent twice with two
  // different DUCs, and a UASC row for a child the Header does not hold (the DfE validator's INT09).
  it('rejects a second UASC row for a child, and one for a child with no Header row, and says where', () => {
    const header = [
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
      'C1,1,04/02/2008,WBRI,UN2,,',
      'C2,2,11/09/2009,WBRI,UN2,,',
    ];
    const uasc = ['CHILD,SEX,DOB,DUC', 'C1,1,04/02/2008,03/02/2026', 'C1,1,04/02/2008,', 'C9,1,01/01/2008,'];
    const result = readReturn(
      [
        { name: 'header.csv', content: `${header.join('\r')}\r` },
        { name: 'uasc.csv', content: `${uasc.join('\r')}\r` },
      ],
      { collectionYear: '2023-24' },
    );
    expect(result.issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['uasc.duplicate', 'error', { file: 'uasc.csv', table: 'UASC', row: 2, column: 'CHILD' }],
      ['uasc.no-header', 'error', { file: 'uasc.csv', table: 'UASC', row: 3, column: 'CHILD' }],
    ]);
    // Three rows: one accepted, two rejected; none lost.
    expect(result.tables.find((t) => t.table === 'UASC')).toEqual({
      table: 'UASC',
      file: 'uasc.csv',
      rows: 3,
      accepted: 1,
      rejected: 2,
    });
    // The first row stands, DUC and all; the later one without a DUC does not undo it.
    expect(result.value.children.map((c) => [c.id, c.uasc, c.uascCeased])).toEqual([
      ['C1', true, '2026-02-03'],
      ['C2', false, undefined],
    ]);
    expect(result.issues.map((i) => i.message).join(' ')).not.toMatch(/C1|C9|2008|2026/);
  });

  it('writes one UASC row for a UASC child given two Header rows, so only the Header row is reported', () => {
    const child = {
      id: 'C1',
      sex: 'male' as const,
      dateOfBirth: '2008-02-04',
      uasc: true,
      uascCeased: '2026-02-03',
    };
    const files = writeReturn({ ...emptyReturn(), children: [child, child] }, { collectionYear: '2025-26' });
    const uasc = files.find((f) => f.name === 'uasc.csv')?.content ?? '';
    expect(uasc.trim().split(/\r?\n/)).toHaveLength(2); // the header line and one row
    const read = readReturn(files, { collectionYear: '2025-26' });
    expect(read.issues.map((i) => [i.code, i.location.table, i.location.row])).toEqual([
      ['child.duplicate', 'Header', 2],
    ]);
    expect(read.value.children).toEqual([child]);
  });

  // A table downloaded twice: the checks across rows see both files' rows as one table, each issue located
  // in its own file and naming the other file's row.
  it('checks a table read from two files as one, naming the other file in each issue', () => {
    const headerLine = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
    const episodeLine =
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';
    const read = readReturn(
      [
        { name: 'header.csv', content: `${headerLine}C1,M,01/02/2010,WBRI,UN1,,\n` },
        {
          name: 'header (1).csv',
          content: `${headerLine}C2,F,03/04/2011,WBRI,UN1,,\nC1,M,01/02/2010,WBRI,UN1,,\n`,
        },
        { name: 'episodes.csv', content: `${episodeLine}C1,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n` },
        { name: 'episodes (1).csv', content: `${episodeLine}C1,01/06/2024,P,C2,N1,U4,PR1,,,,,,\n` },
      ],
      { collectionYear: '2024-25' },
    );
    const crossing = read.issues.filter(
      (i) => i.code === 'child.duplicate' || i.code === 'episode.truncated',
    );
    expect(crossing.map((i) => [i.code, i.location.file, i.location.row])).toEqual([
      ['child.duplicate', 'header (1).csv', 2],
      ['episode.truncated', 'episodes (1).csv', 1],
    ]);
    expect(crossing[0]?.message).toContain('row 1 of header.csv');
    expect(crossing[1]?.message).toContain('row 1 of episodes.csv');
    expect(read.value.children.map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(read.value.episodes.map((e) => [e.start, e.end, e.reasonEpisodeCeased])).toEqual([
      ['2024-05-01', '2024-06-01', 'X1'],
      ['2024-06-01', undefined, undefined],
    ]);
  });

  it('does not check episodes against headers when no Header table was read', () => {
    const episodes =
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nC1,01/05/2024,S,C2,N1,P1,PR0,,,,,,\n';
    expect(readReturn([{ name: 'episodes.csv', content: episodes }]).issues).toEqual([]);
  });
});

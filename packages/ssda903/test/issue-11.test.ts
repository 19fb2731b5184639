/**
 * One hand-written fixture per case of issue 11 ("trustworthy on returns that other systems wrote").
 * Each expectation here failed before the change and passes after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReturn, readTable, streamTable } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'issue-11');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
/** The issues about rows (a hand-written file leaves out optional columns, which is not the point here). */
const rowIssues = <T extends { code: string }>(issues: readonly T[]) =>
  issues.filter((i) => i.code !== 'column.absent');

describe('case 1: a 2017-18 return in that year’s codes', () => {
  const files = ['header.csv', 'episodes.csv'].map((name) => ({
    name,
    content: bytes(join('2017-18', name)),
  }));
  const result = readReturn(files, { collectionYear: '2017-18' });

  it('reads with no code.invalid and one year.unconfirmed warning naming the lists used', () => {
    expect(codes(result.issues)).not.toContain('code.invalid');
    expect(codes(result.issues)).not.toContain('sex.invalid');
    const unconfirmed = result.issues.filter((i) => i.code === 'year.unconfirmed');
    expect(unconfirmed).toHaveLength(1);
    expect(unconfirmed[0]?.severity).toBe('warning');
    expect(unconfirmed[0]?.message).toContain('2019-20');
    expect(result.tables).toEqual([
      { table: 'Header', file: 'header.csv', rows: 11, accepted: 11, rejected: 0 },
      // S09's second episode starts the same day as its first: the one overlap that cannot be resolved.
      { table: 'Episodes', file: 'episodes.csv', rows: 15, accepted: 14, rejected: 1 },
    ]);
  });

  it('keeps overlapping episodes, cutting the earlier short (case 6)', () => {
    const truncated = result.issues.filter((i) => i.code === 'episode.truncated');
    expect(truncated.map((i) => i.location.row)).toEqual([7, 9]);
    expect(truncated[1]?.message).toContain('row 8');
    const s06 = result.value.episodes.filter((e) => e.childId === 'S06');
    expect(s06.map((e) => [e.start, e.end, e.reasonEpisodeCeased])).toEqual([
      ['2017-06-01', '2018-01-10', 'X1'],
      ['2018-01-10', undefined, undefined],
    ]);
    expect(result.issues.filter((i) => i.code === 'episode.overlap').map((i) => i.location.row)).toEqual([
      13,
    ]);
  });

  it('rejects every row when read as an unsupported year, and says so', () => {
    const old = readReturn(files, { collectionYear: '1999-00' });
    expect(codes(old.issues)).toContain('year.unsupported');
  });
});

describe('case 2: XML empty elements are absent values', () => {
  const result = readReturn([{ name: 'return.xml', content: bytes('uasc-empty-elements.xml') }], {
    collectionYear: '2024-25',
  });

  it('counts only the child whose UASC element holds 1', () => {
    expect(result.value.uasc.map((row) => row.childId)).toEqual(['X02']);
    expect(result.value.children.filter((child) => child.uasc).map((child) => child.id)).toEqual(['X02']);
  });

  it('reads <DEC></DEC> and <REC/> as blank, so the episode stays open and is not rejected', () => {
    const x03 = result.value.episodes.find((e) => e.childId === 'X03');
    expect(x03?.end).toBeUndefined();
    expect(x03?.reasonEpisodeCeased).toBeUndefined();
    expect(result.value.episodes).toHaveLength(4);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('case 3: the XML reader never throws', () => {
  const child = '<CHILD><HEADER><CHILDID>X01</CHILDID><SEX>F</SEX><DOB>2009-03-01</DOB></HEADER></CHILD>';
  const deep = `<Message>${'<a>'.repeat(150)}${'</a>'.repeat(150)}${child}</Message>`;
  const cases: Record<string, string> = {
    'an unclosed tag as the whole file': '<HEADER/',
    'an external entity': `<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message>${child}&x;</Message>`,
    'a parameter entity': `<!DOCTYPE m [<!ENTITY % p "<!ENTITY y 'z'>"> %p;]><Message>${child}</Message>`,
    'an entity over 10,000 characters': `<!DOCTYPE m [<!ENTITY big "${'a'.repeat(10_001)}">]><Message>${child}</Message>`,
    'an undeclared entity': `<Message>${child}<X>&nope;</X></Message>`,
    'nesting deeper than 100 levels': deep,
    'an external DTD': `<!DOCTYPE m SYSTEM "http://example.invalid/m.dtd"><Message>${child}</Message>`,
  };
  for (const [name, xml] of Object.entries(cases)) {
    it(`reports ${name} as xml.malformed, located`, () => {
      const result = readReturn([{ name: 'return.xml', content: xml }]);
      expect(codes(result.issues)).toEqual(['xml.malformed']);
      expect(result.issues[0]?.location).toMatchObject({ file: 'return.xml', row: expect.any(Number) });
    });
  }

  it('reads an element named __proto__ as data, not as a key', () => {
    const xml = `<Message><CHILD><HEADER><__proto__>1</__proto__><CHILDID>X01</CHILDID><SEX>F</SEX><DOB>2009-03-01</DOB><constructor/></HEADER></CHILD></Message>`;
    const result = readReturn([{ name: 'return.xml', content: xml }], { collectionYear: '2024-25' });
    expect(result.value.children.map((c) => c.id)).toEqual(['X01']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('expands the five predefined entities and character references, nothing more', () => {
    const xml =
      '<Message><CHILD><HEADER><CHILDID>A&amp;B&#67;&#x44;</CHILDID><SEX>F</SEX><DOB>2009-03-01</DOB></HEADER></CHILD></Message>';
    expect(readReturn([{ name: 'r.xml', content: xml }]).value.children[0]?.id).toBe('A&BCD');
  });
});

describe('case 4: a lone CR after the header', () => {
  const csv = 'CHILD,SEX,DOB,ETHNIC,UPN\rC901,F,01/06/2012,WBRI,UN1\nC902,M,02/07/2011,WBRI,UN1\n';
  const result = readTable(csv, { table: 'Header', collectionYear: '2024-25' });

  it('ends the header there: both data rows are read', () => {
    expect(result.table).toEqual({ table: 'Header', rows: 2, accepted: 2, rejected: 0 });
    expect(result.value.map((c) => c.id)).toEqual(['C901', 'C902']);
  });

  it('never names a column by a value from the data', () => {
    const merged = readTable('CHILD,SEX,DOB,C777,01/06/2012\nC1,F,01/06/2012,,\n', { table: 'Header' });
    const unknown = merged.issues.filter((i) => i.code === 'column.unknown');
    expect(unknown.map((i) => i.location.column)).toEqual(['column 4', 'column 5']);
    expect(JSON.stringify(merged.issues)).not.toMatch(/C777|2012/);
  });

  it('reads CR, LF and CRLF mixed in one file, split anywhere into chunks', async () => {
    const mixed = 'CHILD,SEX,DOB\r\nC1,F,01/06/2012\rC2,M,01/06/2011\nC3,U,01/06/2010\r\nC4,F,01/06/2009\r';
    const whole = readTable(mixed, { table: 'Header' });
    expect(whole.value.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4']);
    for (let cut = 1; cut < mixed.length; cut++) {
      const chunks = [mixed.slice(0, cut), mixed.slice(cut)];
      const ids: string[] = [];
      for await (const batch of streamTable(
        (async function* () {
          yield* chunks;
        })(),
        { table: 'Header' },
      )) {
        for (const record of batch.records) ids.push(record.id);
      }
      expect(ids).toEqual(['C1', 'C2', 'C3', 'C4']);
    }
  });
});

describe('case 5: a stray quote', () => {
  const rows = Array.from({ length: 2000 }, (_, i) => `C${i},F,01/06/2012,WBRI,UN1`);
  rows[2] = 'C2,"F,01/06/2012,WBRI,UN1';
  const csv = `CHILD,SEX,DOB,ETHNIC,UPN\n${rows.join('\n')}\n`;

  it('breaks only the row it opens on; reading resumes on the next line', () => {
    const result = readTable(csv, { table: 'Header', collectionYear: '2024-25' });
    expect(result.table).toEqual({ table: 'Header', rows: 2000, accepted: 1999, rejected: 1 });
    expect(rowIssues(result.issues).map((i) => [i.code, i.location.row])).toEqual([['row.malformed', 3]]);
  });

  it('gives the same rows when streamed in small chunks', async () => {
    let summary: unknown;
    for await (const batch of streamTable(
      (async function* () {
        for (let i = 0; i < csv.length; i += 97) yield csv.slice(i, i + 97);
      })(),
      { table: 'Header', collectionYear: '2024-25' },
    ))
      summary = batch.summary;
    expect(summary).toEqual({ table: 'Header', rows: 2000, accepted: 1999, rejected: 1 });
  });

  it('still reads a quoted field that legitimately holds a line break', () => {
    const csv2 =
      'CHILD,DOB,SW_ID,SW_DECOM\nC1,01/06/2012,"SW\n12",01/04/2024\nC2,01/06/2012,SW13,01/04/2024\n';
    const result = readTable(csv2, { table: 'SWEpisodes' });
    expect(result.value.map((r) => r.socialWorkerId)).toEqual(['SW\n12', 'SW13']);
  });
});

describe('case 8: SEX by year, UPN check letter, DoLo', () => {
  it('rejects SEX 1/2 in 2024-25 and M/F in 2023-24', () => {
    const header = 'CHILD,SEX,DOB\nA,1,01/06/2012\nB,F,01/06/2012\n';
    const in2024 = readTable(header, { table: 'Header', collectionYear: '2024-25' });
    expect(rowIssues(in2024.issues).map((i) => [i.code, i.location.row])).toEqual([['sex.invalid', 1]]);
    const in2023 = readTable(header, { table: 'Header', collectionYear: '2023-24' });
    expect(rowIssues(in2023.issues).map((i) => [i.code, i.location.row])).toEqual([['sex.invalid', 2]]);
  });

  it('warns when a UPN’s check letter does not match, and keeps the child', () => {
    // V820400112345: 8·2+2·3+0·4+4·5+0·6+0·7+1·8+1·9+2·10+3·11+4·12+5·13 = 225; 225 mod 23 = 18 → V.
    const csv = 'CHILD,SEX,DOB,UPN\nA,F,01/06/2012,V820400112345\nB,F,01/06/2012,A820400112345\n';
    const result = readTable(csv, { table: 'Header', collectionYear: '2024-25' });
    expect(rowIssues(result.issues).map((i) => [i.code, i.severity, i.location.row])).toEqual([
      ['upn.check-letter', 'warning', 2],
    ]);
    expect(result.value).toHaveLength(2);
  });

  it('reads the DoLo table by name and by its columns', () => {
    const byName = readReturn([{ name: 'DoLo.csv', content: bytes('dolo.csv') }], {
      collectionYear: '2026-27',
    });
    expect(codes(byName.issues).filter((c) => c !== 'year.unconfirmed')).toEqual([]);
    expect(byName.value.deprivationOfLiberty).toEqual([
      { childId: 'D01', dateOfBirth: '2010-02-01', start: '2026-06-01' },
      { childId: 'D02', dateOfBirth: '2009-08-15', start: '2026-05-01', end: '2026-09-30' },
    ]);
    const byColumns = readTable(bytes('dolo.csv'));
    expect(byColumns.table?.table).toBe('DoLo');
  });
});

import type { Issue } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { readReturn } from './read-return.js';

// Written by hand the way other case-management systems export the XML return: indented, CRLF line ends,
// each with one odd structure. Lines count from 1 in each document, for the messages.
const lines = (...parts: string[]) => parts.join('\r\n');
const episode = (decom: string, extra = '') =>
  `<EPISODE><DECOM>${decom}</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>P1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER>${extra}</EPISODE>`;
const header = (id: string, extra = '') =>
  `<HEADER><CHILDID>${id}</CHILDID><SEX>F</SEX><DOB>2011-03-04</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN>${extra}</HEADER>`;
const missing =
  '<AMISSING><MISSING>M</MISSING><MIS_START>2024-06-01</MIS_START><MIS_END>2024-06-02</MIS_END></AMISSING>';
const document = (...children: string[]) =>
  lines(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message>',
    '  <Children>',
    ...children,
    '  </Children>',
    '</Message>',
  );

const read = (content: string) =>
  readReturn([{ name: 'return.xml', content }], { collectionYear: '2024-25' });
/** Rows, accepted and rejected of each table that has rows. */
const counts = (result: ReturnType<typeof read>) =>
  Object.fromEntries(
    result.tables.filter((t) => t.rows > 0).map((t) => [t.table, [t.rows, t.accepted, t.rejected]]),
  );
const brief = (issues: Issue[]) =>
  issues.map((i) => [
    i.code,
    i.severity,
    i.location.table,
    i.location.row,
    i.location.column,
    i.location.path,
  ]);

describe('readXmlTables, through readReturn', () => {
  it('rejects a second HEADER in one CHILD, and the records inside it, each counted and located', () => {
    const result = read(
      document(
        '    <CHILD>',
        `      ${header('X101')}`,
        `      ${header('X102', missing)}`,
        `      ${episode('2024-05-01')}`,
        '    </CHILD>',
      ),
    );
    // One CHILD: two HEADER rows (the first kept), one AMISSING (in the second HEADER), one EPISODE.
    expect(counts(result)).toEqual({ Header: [2, 1, 1], Episodes: [1, 1, 0], Missing: [1, 0, 1] });
    expect(result.value.children.map((c) => c.id)).toEqual(['X101']);
    expect(result.value.episodes.map((e) => e.childId)).toEqual(['X101']);
    expect(brief(result.issues)).toEqual([
      ['xml.header-repeated', 'error', 'Header', 2, undefined, ['CHILD', 1, 'HEADER', 2]],
      ['xml.header-repeated', 'error', 'Missing', 1, undefined, ['CHILD', 1, 'HEADER', 2, 'AMISSING', 1]],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Another HEADER in one CHILD: whose it is cannot be told, so it is rejected with the records inside it (line 6).',
    );
    expect(result.issues.map((i) => i.location.file)).toEqual(['return.xml', 'return.xml']);
  });

  it('reads records inside a wrapper it does not know, and says so once', () => {
    const result = read(
      document(
        '    <CHILD>',
        `      ${header('X201')}`,
        '      <EPISODES>',
        `        ${episode('2024-04-10', '<DEC>2024-05-01</DEC><REC>X1</REC>')}`,
        `        ${episode('2024-05-01')}`,
        '      </EPISODES>',
        '    </CHILD>',
        '    <CHILD>',
        `      ${header('X202')}`,
        '      <EPISODES>',
        `        ${episode('2024-06-01')}`,
        '      </EPISODES>',
        '    </CHILD>',
      ),
    );
    // Two children, three episodes, all inside EPISODES: all read.
    expect(counts(result)).toEqual({ Header: [2, 2, 0], Episodes: [3, 3, 0] });
    expect(result.value.episodes.map((e) => [e.childId, e.start])).toEqual([
      ['X201', '2024-04-10'],
      ['X201', '2024-05-01'],
      ['X202', '2024-06-01'],
    ]);
    expect(result.issues).toEqual([
      {
        code: 'xml.wrapper',
        severity: 'info',
        message:
          "3 EPISODE element(s) sit inside EPISODES, which the reader does not know; they are read as their CHILD's (first at line 7).",
        location: { file: 'return.xml', table: 'Episodes', path: ['CHILD', 1, 'EPISODES', 1, 'EPISODE', 1] },
      },
    ]);
  });

  it('reads CHILD elements deeper than the first ones, and warns once per other depth', () => {
    const result = read(
      document(
        `    <CHILD>${header('X301')}${episode('2024-04-02')}</CHILD>`,
        '    <LA>',
        `      <CHILD>${header('X302')}${episode('2024-04-03')}</CHILD>`,
        `      <CHILD>${header('X303')}</CHILD>`,
        '    </LA>',
        `    <CHILD>${header('X304')}</CHILD>`,
      ),
    );
    // Four CHILD elements, two of them inside LA: all four read.
    expect(counts(result)).toEqual({ Header: [4, 4, 0], Episodes: [2, 2, 0] });
    expect(result.value.children.map((c) => c.id)).toEqual(['X301', 'X302', 'X303', 'X304']);
    expect(result.issues).toEqual([
      {
        code: 'xml.child-depth',
        severity: 'warning',
        message:
          '2 CHILD element(s) sit in Message/Children/LA, where the first sits in Message/Children; they are read too (first at line 6).',
        location: { file: 'return.xml', path: ['CHILD', 2] },
      },
    ]);
  });

  it('reads a tag given twice with the same value once, and rejects a record whose copies differ', () => {
    const result = read(
      document(
        '    <CHILD>',
        `      ${header('X401')}`,
        `      ${episode('2024-04-01', '<DECOM>2024-04-01</DECOM><DEC>2024-05-01</DEC><REC>X1</REC>')}`,
        `      ${episode('2024-05-01', '<DECOM>2024-05-02</DECOM>')}`,
        '    </CHILD>',
      ),
    );
    // Two episodes: the first repeats DECOM with the same value (kept), the second with another (rejected).
    expect(counts(result)).toEqual({ Header: [1, 1, 0], Episodes: [2, 1, 1] });
    expect(result.value.episodes.map((e) => e.start)).toEqual(['2024-04-01']);
    expect(brief(result.issues)).toEqual([
      ['xml.tag-repeated', 'warning', 'Episodes', 1, 'DECOM', ['CHILD', 1, 'EPISODE', 1, 'DECOM']],
      ['value.conflict', 'error', 'Episodes', 2, 'DECOM', ['CHILD', 1, 'EPISODE', 2, 'DECOM']],
    ]);
    expect(result.issues[1]?.message).toBe(
      'DECOM is given twice with different values; the Episodes row is rejected (line 7).',
    );
  });

  it('rejects a HEADER that gives a value twice, and the records that take that value from it', () => {
    const result = read(
      document(
        // SEX twice, differing: the Header row and its UASC row (which carries SEX) are rejected; the
        // episode carries no SEX, so it is kept and its child is still known.
        `    <CHILD>${header('X501', '<SEX>M</SEX><DUC>2025-01-01</DUC>')}${episode('2024-04-01')}</CHILD>`,
        // CHILD given as CHILDID and as CHILD, differing: whose records these are cannot be told.
        `    <CHILD>${header('X502', '<CHILD>X503</CHILD>')}${episode('2024-04-01')}</CHILD>`,
        // CHILDID and CHILD the same: read once.
        `    <CHILD>${header('X504', '<CHILD>X504</CHILD>')}</CHILD>`,
      ),
    );
    // Headers: X501 rejected, X502/X503 rejected, X504 kept. UASC: X501's, rejected. Episodes: X501's
    // kept; the second child's rejected by the conflict in the CHILD it takes from its HEADER.
    expect(counts(result)).toEqual({ Header: [3, 1, 2], Episodes: [2, 1, 1], UASC: [1, 0, 1] });
    expect(result.value.children.map((c) => c.id)).toEqual(['X504']);
    expect(result.value.episodes.map((e) => e.childId)).toEqual(['X501']);
    expect(brief(result.issues)).toEqual([
      ['value.conflict', 'error', 'Header', 1, 'SEX', ['CHILD', 1, 'HEADER', 1, 'SEX']],
      ['value.conflict', 'error', 'Header', 2, 'CHILD', ['CHILD', 2, 'HEADER', 1, 'CHILD']],
      ['xml.tag-repeated', 'warning', 'Header', 3, 'CHILD', ['CHILD', 3, 'HEADER', 1, 'CHILD']],
      ['value.conflict', 'error', 'Episodes', 2, 'CHILD', ['CHILD', 2, 'HEADER', 1, 'CHILD']],
      ['value.conflict', 'error', 'UASC', 1, 'SEX', ['CHILD', 1, 'HEADER', 1, 'SEX']],
    ]);
  });

  it('never quotes a value in these messages', () => {
    const result = read(
      document(
        `    <CHILD>${header('X601')}${header('X602')}${episode('2024-04-01', '<DECOM>2024-04-09</DECOM>')}</CHILD>`,
        `    <LA><CHILD>${header('X603', '<CHILD>X604</CHILD>')}</CHILD></LA>`,
      ),
    );
    expect(result.issues.length).toBeGreaterThan(3);
    for (const found of result.issues) expect(found.message).not.toMatch(/X60|2024|2011/);
  });
});

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

  it('notes a tag it does not read once per tag name, counting its elements, located at the first', () => {
    const result = read(
      document(
        // PL_POSTCODE typed for PL_POST by a supplier's export: four elements in two children, one empty.
        '    <CHILD>',
        `      ${header('X701', '<UASC>0</UASC>')}`,
        `      ${episode('2024-04-01', '<PL_POSTCODE>LS8 2BB</PL_POSTCODE>')}`,
        '    </CHILD>',
        '    <CHILD>',
        `      ${header('X702', '<FORENAME>Alex</FORENAME>')}`,
        `      ${episode('2024-04-02', '<DEC>2024-05-01</DEC><REC>X1</REC><PL_POSTCODE>LS8 2BB</PL_POSTCODE>')}`,
        `      ${episode('2024-05-01', '<DEC>2024-06-01</DEC><REC>X1</REC><PL_POSTCODE>HX1 1AA</PL_POSTCODE>')}`,
        `      ${episode('2024-06-01', '<PL_POSTCODE />')}`,
        '    </CHILD>',
        // REVIEW is a tag of AREVIEW: inside an EPISODE the reader does not read it.
        `    <CHILD>${header('X703')}${episode('2024-04-03', '<REVIEW>2024-05-01</REVIEW>')}</CHILD>`,
      ),
    );
    // Every row is still read: 3 children, 1 + 3 + 1 episodes.
    expect(counts(result)).toEqual({ Header: [3, 3, 0], Episodes: [5, 5, 0] });
    const notes = result.issues.filter((i) => i.code === 'xml.tag-unknown');
    expect(brief(notes)).toEqual([
      ['xml.tag-unknown', 'info', 'Episodes', 1, undefined, ['CHILD', 1, 'EPISODE', 1, 'PL_POSTCODE']],
      ['xml.tag-unknown', 'info', 'Header', 2, undefined, ['CHILD', 2, 'HEADER', 1, 'FORENAME']],
      ['xml.tag-unknown', 'info', 'Episodes', 5, undefined, ['CHILD', 3, 'EPISODE', 1, 'REVIEW']],
    ]);
    expect(notes.map((i) => i.message)).toEqual([
      '4 PL_POSTCODE element(s) are not an SSDA903 tag the reader reads where they sit (the first in EPISODE, line 6); their values are ignored.',
      '1 FORENAME element(s) are not an SSDA903 tag the reader reads where they sit (the first in HEADER, line 9); their values are ignored.',
      '1 REVIEW element(s) are not an SSDA903 tag the reader reads where they sit (the first in EPISODE, line 14); their values are ignored.',
    ]);
    for (const found of result.issues) expect(found.message).not.toMatch(/LS8|HX1|Alex|X70|2024/);
  });

  it('gives one note, not one per element, for a tag misspelt in every CHILD of a large file', () => {
    const children = Array.from(
      { length: 10_000 },
      (_, i) =>
        `    <CHILD>${header(`Z${i}`)}${episode('2024-04-01', '<PL_POST>LS8 2BB</PL_POST><URNN>SC000001</URNN>')}</CHILD>`,
    );
    const result = read(document(...children));
    expect(counts(result)).toEqual({ Header: [10_000, 10_000, 0], Episodes: [10_000, 10_000, 0] });
    const notes = result.issues.filter((i) => i.code === 'xml.tag-unknown');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message.startsWith('10000 URNN element(s)')).toBe(true);
    expect(notes[0]?.location).toEqual({
      file: 'return.xml',
      table: 'Episodes',
      row: 1,
      path: ['CHILD', 1, 'EPISODE', 1, 'URNN'],
    });
  });

  it("notes nothing in a return written with every tag DfE's validator reads from the XML", () => {
    // The tags of the DfE validator's XML reader (lac_validator ingress.py): HEADER values, including the
    // UASC flag and the OC3 and AD1 values, and each nested record's own; SW_EPISODE holds its own values.
    const result = read(
      document(
        '    <CHILD>',
        '      <HEADER><CHILDID>X801</CHILDID><SEX>2</SEX><DOB>2008-03-04</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN>',
        '        <MOTHER>1</MOTHER><MC_DOB>2024-01-05</MC_DOB><UASC>1</UASC><DUC>2026-03-04</DUC>',
        '        <IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>S</ACCOM>',
        '        <DATE_INT>2023-01-01</DATE_INT><DATE_MATCH>2023-02-01</DATE_MATCH><FOSTER_CARE>0</FOSTER_CARE>',
        '        <NB_ADOPTR>2</NB_ADOPTR><SEX_ADOPTR>MF</SEX_ADOPTR><LS_ADOPTR>L0</LS_ADOPTR>',
        '        <AREVIEW><REVIEW>2024-06-20</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>',
        `        ${missing}`,
        '        <OC2><SDQ_SCORE>12</SDQ_SCORE><SDQ_REASON>SDQ1</SDQ_REASON><CONVICTED>0</CONVICTED>',
        '          <HEALTH_CHECK>1</HEALTH_CHECK><IMMUNISATIONS>1</IMMUNISATIONS><TEETH_CHECK>1</TEETH_CHECK>',
        '          <HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT><SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE>',
        '          <INTERVENTION_RECEIVED>0</INTERVENTION_RECEIVED><INTERVENTION_OFFERED>0</INTERVENTION_OFFERED></OC2>',
        '        <PERMANENCE><PREV_PERM>Z1</PREV_PERM><LA_PERM></LA_PERM><DATE_PERM></DATE_PERM></PERMANENCE>',
        '        <AD_PLACED><DATE_PLACED>2024-02-01</DATE_PLACED><DATE_PLACED_CEASED></DATE_PLACED_CEASED>',
        '          <REASON_PLACED_CEASED></REASON_PLACED_CEASED></AD_PLACED>',
        '        <SW_EPISODE><SW_ID>SW1</SW_ID><SW_DECOM>2024-04-01</SW_DECOM><SW_DEC></SW_DEC><SW_REASON></SW_REASON></SW_EPISODE>',
        '      </HEADER>',
        '      <EPISODE><DECOM>2024-04-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>K2</PL>',
        '        <PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC>2024-09-01</DEC><REC>E11</REC>',
        '        <REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE><HOME_POST>LS6 1AA</HOME_POST>',
        '        <PL_POST>HX1 1AA</PL_POST><URN>SC000004</URN></EPISODE>',
        '    </CHILD>',
      ),
    );
    // One row in each table the XML carries (the values are not what this test checks).
    const rows = Object.fromEntries(result.tables.map((t) => [t.table, t.rows]));
    expect(rows).toMatchObject({ Header: 1, Episodes: 1, UASC: 1, Reviews: 1, Missing: 1, OC2: 1 });
    expect(rows).toMatchObject({ OC3: 1, AD1: 1, PlacedAdoption: 1, PrevPerm: 1, SWEpisodes: 1 });
    expect(result.issues.filter((i) => i.code.startsWith('xml.'))).toEqual([]);
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

describe('social-worker episodes in the XML (SW_EPISODE)', () => {
  it('reads each SW_EPISODE into the SWEpisodes table with the CHILD and DOB of its HEADER', () => {
    // Two children; the first changed social worker once (MANAGE), the second's record has a bad date.
    const result = read(
      document(
        `    <CHILD>${header('X901', '<SW_EPISODE><SW_ID>SW 12</SW_ID><SW_DECOM>2024-04-01</SW_DECOM><SW_DEC>2024-09-30</SW_DEC><SW_REASON>MANAGE</SW_REASON></SW_EPISODE>')}`,
        '      <SW_EPISODE><SW_ID>SW 40</SW_ID><SW_DECOM>2024-09-30</SW_DECOM><SW_DEC/><SW_REASON/></SW_EPISODE>',
        `      ${episode('2024-04-01')}</CHILD>`,
        `    <CHILD>${header('X902')}<SW_EPISODE><SW_ID>SW 7</SW_ID><SW_DECOM>2024-13-01</SW_DECOM></SW_EPISODE></CHILD>`,
      ),
    );
    // Recounted by hand: three SW_EPISODE elements, the third rejected for its date.
    expect(counts(result).SWEpisodes).toEqual([3, 2, 1]);
    expect(result.value.socialWorkerEpisodes).toEqual([
      {
        childId: 'X901',
        dateOfBirth: '2011-03-04',
        socialWorkerId: 'SW 12',
        start: '2024-04-01',
        end: '2024-09-30',
        reason: 'MANAGE',
      },
      { childId: 'X901', dateOfBirth: '2011-03-04', socialWorkerId: 'SW 40', start: '2024-09-30' },
    ]);
    expect(brief(result.issues.filter((i) => i.location.table === 'SWEpisodes'))).toEqual([
      // Located by table, row and column, as a value issue of any XML record is.
      ['date.invalid', 'error', 'SWEpisodes', 3, 'SW_DECOM', undefined],
    ]);
    expect(result.issues.filter((i) => i.code.startsWith('xml.'))).toEqual([]);
  });
});

describe('XML whose elements carry a namespace prefix', () => {
  // As an XML library writes it when the document declares a prefix for its namespace.
  const prefixed = (close = 's:EPISODE') =>
    lines(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<s:Message xmlns:s="urn:example:ssda903">',
      '  <s:Children>',
      '    <s:CHILD>',
      '      <s:HEADER><s:CHILDID>N1</s:CHILDID><s:SEX>F</s:SEX><s:DOB>2010-02-14</s:DOB><s:ETHNIC>WBRI</s:ETHNIC></s:HEADER>',
      `      <s:EPISODE><s:DECOM>2024-05-01</s:DECOM><s:RNE>S</s:RNE><s:LS>C2</s:LS><s:CIN>N1</s:CIN><s:PL>P1</s:PL><s:PLACE_PROVIDER>PR1</s:PLACE_PROVIDER></${close}>`,
      '    </s:CHILD>',
      '  </s:Children>',
      '</s:Message>',
    );

  it('reads them by their local names, as the same document without prefixes', () => {
    const plain = read(document(`    <CHILD>${header('N1', '')}${episode('2024-05-01')}</CHILD>`));
    const result = read(prefixed());
    expect(counts(result)).toEqual({ Header: [1, 1, 0], Episodes: [1, 1, 0] });
    expect(result.value.episodes).toEqual(plain.value.episodes);
    expect(result.value.children.map((c) => [c.id, c.dateOfBirth])).toEqual([['N1', '2010-02-14']]);
    expect(result.issues.filter((i) => i.code.startsWith('xml.'))).toEqual([]);
  });

  it('still requires a closing tag to match its opening tag as written', () => {
    const result = read(prefixed('t:EPISODE'));
    expect(result.issues.map((i) => i.code)).toEqual(['xml.malformed']);
  });
});

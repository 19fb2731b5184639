/**
 * The reader properties issue 11 asks of every input, shared by the fixed-seed test and `pnpm fuzz`:
 * reading never throws, and for every table rows = accepted + rejected. Inputs are random bytes, mutated
 * valid files (CSV and XML), every line ending, stray quotes, entities and deep nesting.
 */
import fc from 'fast-check';
import { readReturn } from '../src/index.js';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const HEADER_ROWS = ['C1,F,01/06/2012,WBRI,UN1,,', 'C2,M,02/07/2011,BAFR,UN2,0,', 'C3,U,03/08/2010,WOTH,,,'];
const EPISODE_ROWS = [
  'C1,01/05/2024,S,C2,N1,U4,PR1,,,,LS6 1AA,LS8 2BB,',
  'C2,10/05/2024,S,V2,N4,K2,PR4,20/08/2024,E4A,,BD1 1AA,HX1 1AA,SC000002',
  'C2,20/08/2024,S,C2,N1,U6,PR1,,,,BD1 1AA,HX1 1AA,',
  'C3,01/04/2024,S,"C2",N1,U4,PR1,,,,"LS6 1AA",,',
];
const XML = `<?xml version="1.0"?><Message><Children><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>F</SEX><DOB>2012-06-01</DOB><UASC/></HEADER><EPISODE><DECOM>2024-05-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD></Children></Message>`;

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const csvFile = (header: string, rows: string[]) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...rows), { maxLength: 30 }),
      fc.array(lineEnding, { minLength: 32, maxLength: 32 }),
    )
    .map(([picked, ends]) => [header, ...picked].map((line, i) => line + ends[i % ends.length]).join(''));

/** A valid file with a few characters inserted, deleted or replaced. */
function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const noise = fc.constantFrom(
    '"',
    ',',
    '\r',
    '\n',
    '<',
    '>',
    '&',
    '/',
    ';',
    '&amp;',
    '&x;',
    '<!--',
    ']]>',
    '\u0000',
    'é',
    '\uD800',
  );
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), fc.nat(3), noise), { maxLength: 6 }))
    .map(([text, edits]) => {
      let out = text;
      for (const [at, cut, insert] of edits) {
        const i = out.length === 0 ? 0 : at % out.length;
        out = out.slice(0, i) + insert + out.slice(i + cut);
      }
      return out;
    });
}

const hostileXml = fc.oneof(
  fc.nat(400).map((depth) => `<Message>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Message>`),
  fc.nat(20_000).map((size) => `<!DOCTYPE m [<!ENTITY e "${'x'.repeat(size)}">]><Message>&e;</Message>`),
  fc.constantFrom(
    '<HEADER/',
    '<',
    '<!DOCTYPE m [<!ENTITY % p SYSTEM "x">%p;]><m/>',
    '<!DOCTYPE m [<!ENTITY a "&b;&b;"><!ENTITY b "&a;">]><m>&a;</m>',
    '<Message><__proto__><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></__proto__></Message>',
    '<Message><CHILD><HEADER><constructor>1</constructor><toString/></HEADER></CHILD></Message>',
  ),
);

const xmlTokens = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    '!',
    '?',
    '"',
    '&',
    ';',
    'CHILD',
    'HEADER',
    'EPISODE',
    'DECOM',
    'x',
    ' ',
    '\n',
    '[',
    ']',
  ),
  maxLength: 80,
});

/**
 * XML built from the return's own elements in any arrangement: a HEADER twice, records in wrappers, CHILD
 * inside CHILD or at several depths, tags repeated with the same or another value.
 */
const structuredXml = fc
  .letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(
        '<CHILDID>C1</CHILDID>',
        '<CHILDID>C2</CHILDID>',
        '<CHILD>C1</CHILD>',
        '<SEX>F</SEX>',
        '<SEX>M</SEX>',
        '<DOB>2012-06-01</DOB>',
        '<DUC>2025-01-01</DUC>',
        '<DECOM>2024-05-01</DECOM>',
        '<DECOM>2024-05-02</DECOM>',
        '<RNE>S</RNE>',
        '<PL>U4</PL>',
        '<PLACE>U6</PLACE>',
        '<UASC/>',
        '<EPISODE/>',
      ),
      fc
        .tuple(
          fc.constantFrom('CHILD', 'HEADER', 'EPISODE', 'EPISODES', 'AMISSING', 'LA', 'Children'),
          fc.array(tie('node'), { maxLength: 5 }),
        )
        .map(([name, inner]) => `<${name}>${inner.join('')}</${name}>`),
    ),
  }))
  .node.map((inner) => `<Message>${inner}</Message>`);

/** One input for the readers: a file name (so CSV or XML) and its content. */
export const readerInput: fc.Arbitrary<{ name: string; content: string | Uint8Array }> = fc.oneof(
  fc.record({
    name: fc.constantFrom('episodes.csv', 'header.csv', 'data.csv', 'return.xml'),
    content: fc.uint8Array({ maxLength: 400 }),
  }),
  fc.record({ name: fc.constantFrom('episodes.csv', 'return.xml'), content: fc.string({ maxLength: 300 }) }),
  fc.record({ name: fc.constant('header.csv'), content: mutated(csvFile(HEADER, HEADER_ROWS)) }),
  fc.record({ name: fc.constant('episodes.csv'), content: mutated(csvFile(EPISODES, EPISODE_ROWS)) }),
  fc.record({ name: fc.constant('return.xml'), content: mutated(fc.constant(XML)) }),
  fc.record({ name: fc.constant('return.xml'), content: hostileXml }),
  fc.record({ name: fc.constant('return.xml'), content: xmlTokens }),
  fc.record({ name: fc.constant('return.xml'), content: structuredXml }),
);

/** What one read showed: `undefined` when the properties hold, else what broke. */
export function checkRead(input: { name: string; content: string | Uint8Array }): string | undefined {
  let result: ReturnType<typeof readReturn>;
  try {
    result = readReturn([input], { collectionYear: '2024-25' });
  } catch (error) {
    return `threw ${error instanceof Error ? error.name : typeof error}`;
  }
  for (const table of result.tables) {
    if (table.rows !== table.accepted + table.rejected) return `${table.table}: rows ≠ accepted + rejected`;
  }
  return undefined;
}

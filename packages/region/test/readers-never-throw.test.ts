/**
 * `readAuthority` reads one council's files as they arrive: whatever their contents (junk bytes, mutated
 * CSV or XML, BOMs, NULs, CR-only line ends, several years that disagree), it answers with issues and never
 * throws (rows = accepted + rejected per table is `@placewise/ssda903`'s own property).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAuthority } from '../src/index.js';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const HEADER_ROWS = ['C1,F,01/06/2012,WBRI,,,', 'C2,M,02/07/2011,BAFR,,,', 'C2,1,31/02/2011,,,,'];
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const EPISODE_ROWS = [
  'C1,01/05/2024,S,C2,N1,U4,PR1,,,,LS6 1AA,LS8 2BB,',
  'C2,10/05/2024,S,V2,N4,K2,PR4,20/08/2024,E4A,,BD1 1AA,HX1 1AA,SC000002',
  'C2,20/08/2024,S,C2,N1,U6,PR1,01/08/2024,,,BD1 1AA,,',
  'C3,01/04/2023,P,C2,N1,U4,PR1,,,,,,',
];
const XML =
  '<?xml version="1.0"?><Message><Children><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>F</SEX><DOB>2012-06-01</DOB></HEADER><EPISODE><DECOM>2024-05-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD></Children></Message>';
const noise = fc.constantFrom('"', ',', '\r', '\n', '\uFEFF', '\u0000', '\uD800', '<', '&', '/', '9', ' ');

function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), fc.nat(3), noise), { maxLength: 6 }))
    .map(([text, edits]) => {
      let out = text;
      for (const [at, cut, insert] of edits) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + insert + out.slice(i + cut);
      }
      return out;
    });
}
const csv = (header: string, rows: string[]) =>
  fc
    .tuple(fc.array(fc.constantFrom(...rows), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([picked, end]) => [header, ...picked].join(end));
const file = fc.oneof(
  fc.record({ name: fc.constant('header.csv'), content: mutated(csv(HEADER, HEADER_ROWS)) }),
  fc.record({ name: fc.constant('episodes.csv'), content: mutated(csv(EPISODES, EPISODE_ROWS)) }),
  fc.record({ name: fc.constant('return.xml'), content: mutated(fc.constant(XML)) }),
  fc.record({
    name: fc.constantFrom('episodes.csv', 'x.txt', 'return.xml'),
    content: fc.uint8Array({ maxLength: 200 }),
  }),
  fc.record({ name: fc.string({ maxLength: 12 }), content: fc.string({ maxLength: 200 }) }),
);
const files = fc.array(file, { maxLength: 4 });
const earlier = fc.array(
  fc.record({
    collectionYear: fc.constantFrom('2022-23' as const, '2023-24' as const, '2024-25' as const),
    files,
  }),
  { maxLength: 2 },
);

describe('readAuthority', () => {
  it('never throws on junk file contents, and never uses more rows than it read', async () => {
    await fc.assert(
      fc.asyncProperty(files, earlier, async (now, before) => {
        const r = await readAuthority(
          { gss: 'E08000035', files: now, earlier: before },
          { collectionYear: '2024-25' },
        );
        expect(Array.isArray(r.issues)).toBe(true);
        for (const t of Object.values(r.coverage.tables)) expect(t.used).toBeLessThanOrEqual(t.read);
      }),
      { numRuns: 100 },
    );
  });
});

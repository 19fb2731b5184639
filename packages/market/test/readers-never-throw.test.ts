/**
 * `readOfstedProviders` reads a CSV a user downloaded: whatever the text, it answers with issues, never an
 * exception, and every data row is counted once (read = accepted + rejected + other + inactive + blank).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOfstedProviders } from '../src/index.js';

const HEADER = 'URN,Provision type,Local authority,Sector,Places,Registration status,Registration date';
const ROWS = [
  "SC1,Children's home,Leeds,Private,4,Active,01/02/2020",
  'SC2,Independent Fostering Agency,Kent,Voluntary,,Suspended,2021-03-04',
  '"SC3","Children\'s home","Leeds, City","Private","x","Closed",',
  ',,,,,,',
];
const noise = fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\uFEFF', '\u0000', '\uD800', 'é', ' ', '""');
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const file = fc
  .tuple(
    fc.option(fc.constant('\uFEFF')),
    fc.array(fc.constantFrom(...ROWS), { maxLength: 12 }),
    lineEnding,
    fc.array(fc.tuple(fc.nat(), fc.nat(3), noise), { maxLength: 6 }),
  )
  .map(([bom, rows, end, edits]) => {
    let out = (bom ?? '') + [HEADER, ...rows].join(end);
    for (const [at, cut, insert] of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      out = out.slice(0, i) + insert + out.slice(i + cut);
    }
    return out;
  });
const text = fc.oneof(file, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
const asAt = fc.option(fc.oneof(fc.string(), fc.constantFrom('2025-03-31', '31/03/2025', '2025-13-45')));

describe('readOfstedProviders', () => {
  it('never throws on any text, and counts every data row once', () => {
    fc.assert(
      fc.property(text, asAt, (csv, when) => {
        const r = readOfstedProviders(csv, when === null ? {} : { asAt: when });
        expect(Array.isArray(r.issues)).toBe(true);
        const c = r.value.counts;
        expect(c.accepted + c.rejected + c.otherProvision + c.inactive + c.blank).toBe(c.read);
        expect(r.value.snapshot.providers.length).toBe(c.accepted);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePostcode, parsePostcode, postcodeSector } from './postcode.js';

const letter = (chars: string) => fc.constantFrom(...chars.split(''));
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const outward = fc.oneof(
  fc.tuple(letter('ABCDEFGHIJKLMNOPRSTUWYZ'), digit).map((p) => p.join('')),
  fc.tuple(letter('BEGLMNSW'), letter('ABEHKLMNS'), digit, digit).map((p) => p.join('')),
  fc.tuple(letter('EWN'), digit, letter('ABCDEFGHJKPSTUW')).map((p) => p.join('')),
);
const inward = fc
  .tuple(digit, letter('ABDEFGHJLNPQRSTUWXYZ'), letter('ABDEFGHJLNPQRSTUWXYZ'))
  .map((p) => p.join(''));
const messy = (s: string) =>
  fc
    .tuple(fc.boolean(), fc.constantFrom('', ' ', '  ', '\t'))
    .map(([lower, pad]) => `${pad}${lower ? s.toLowerCase() : s}${pad}`);

describe('parsePostcode', () => {
  it('splits a full postcode into area, district, sector and unit', () => {
    expect(parsePostcode('ls6 1aa')).toEqual({
      success: true,
      value: {
        postcode: 'LS6 1AA',
        area: 'LS',
        district: 'LS6',
        sector: 'LS6 1',
        unit: 'LS6 1AA',
        precision: 'unit',
      },
    });
    expect(parsePostcode('SW1A2AA')).toMatchObject({
      success: true,
      value: { postcode: 'SW1A 2AA', area: 'SW' },
    });
  });

  it('accepts sectors and districts', () => {
    expect(parsePostcode('LS6 1')).toMatchObject({
      success: true,
      value: { postcode: 'LS6 1', precision: 'sector' },
    });
    expect(parsePostcode('m60')).toMatchObject({
      success: true,
      value: { postcode: 'M60', precision: 'district' },
    });
  });

  it.each(['', '   ', 'LS6 1A', 'QQ1 1AA', 'LS6 1CA', '12345', 'LS6 1AA X', 'not a postcode'])(
    'rejects %j with postcode.malformed, without echoing it',
    (input) => {
      const result = parsePostcode(input, { location: { row: 3, column: 'HOME_POST' } });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issue).toMatchObject({
        code: 'postcode.malformed',
        severity: 'error',
        location: { row: 3, column: 'HOME_POST' },
      });
      if (input.trim()) expect(result.issue.message).not.toContain(input.trim());
    },
  );

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parsePostcode(s).success === 'boolean'));
    expect(parsePostcode(undefined as unknown as string).success).toBe(false);
  });
});

describe('normalisePostcode', () => {
  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(outward, inward).map(([o, i]) => `${o}${i}`),
        ),
        (s) => {
          const once = normalisePostcode(s);
          expect(once === undefined ? undefined : normalisePostcode(once)).toBe(once);
        },
      ),
    );
  });

  it('gives the same form however a valid postcode is cased and spaced', () => {
    fc.assert(
      fc.property(outward, inward, (o, i) => {
        const canonical = `${o} ${i}`;
        fc.assert(
          fc.property(messy(canonical), messy(`${o}${i}`), (a, b) => {
            expect(normalisePostcode(a)).toBe(canonical);
            expect(normalisePostcode(b)).toBe(canonical);
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('postcodeSector', () => {
  it('gives the sector of a unit or sector, and nothing for a district or junk', () => {
    expect(postcodeSector('LS6 1AA')).toBe('LS6 1');
    expect(postcodeSector('ls6 1')).toBe('LS6 1');
    expect(postcodeSector('LS6')).toBeUndefined();
    expect(postcodeSector('nonsense')).toBeUndefined();
  });
});

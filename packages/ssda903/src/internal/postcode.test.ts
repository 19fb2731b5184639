import { parsePostcode } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNormalisedPostcodeAt, normalisedPostcode } from './postcode.js';

const unit = fc.constantFrom(
  'A',
  'B',
  'C',
  'E',
  'I',
  'K',
  'L',
  'M',
  'Q',
  'S',
  'V',
  'W',
  'X',
  'Z',
  '0',
  '1',
  '9',
  ' ',
  'a',
);

describe('normalisedPostcode', () => {
  it('agrees with the model parser on every input, fast path or not', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 9 }), (text) => {
        const parsed = parsePostcode(text);
        expect(normalisedPostcode(text)).toBe(parsed.success ? parsed.value.postcode : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('normalises case and spacing, and keeps sectors and districts', () => {
    expect(normalisedPostcode('ls6  1aa')).toBe('LS6 1AA');
    expect(normalisedPostcode('LS6 1')).toBe('LS6 1');
    expect(normalisedPostcode('SW1A')).toBe('SW1A');
    expect(normalisedPostcode('LS6 1CA')).toBeNull();
  });
});

describe('isNormalisedPostcodeAt', () => {
  it('accepts exactly what the pattern of a normalised full postcode accepts, read in place', () => {
    // The pattern as first written, kept here as the reference.
    const NORMALISED_UNIT =
      /^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}$/;
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    const digit = fc.constantFrom('0', '5', '9');
    const any = fc.oneof(
      { weight: 4, arbitrary: letter },
      { weight: 3, arbitrary: digit },
      fc.constantFrom(' ', 'a', '/'),
    );
    // Shaped like postcodes most of the time, so that many pass.
    const shaped = fc
      .tuple(
        letter,
        fc.oneof(letter, digit),
        fc.array(fc.oneof(letter, digit), { maxLength: 2 }),
        digit,
        letter,
        letter,
      )
      .map(([a, b, rest, d, u1, u2]) => `${a}${b}${rest.join('')} ${d}${u1}${u2}`);
    let passed = 0;
    fc.assert(
      fc.property(
        fc.oneof(shaped, fc.string({ unit: any, maxLength: 9 })),
        fc.string({ maxLength: 3 }),
        (text, pad) => {
          const line = `${pad}${text},`;
          const expected = NORMALISED_UNIT.test(text);
          expect(isNormalisedPostcodeAt(line, pad.length, pad.length + text.length)).toBe(expected);
          if (expected) passed++;
        },
      ),
      { numRuns: 20000 },
    );
    expect(passed).toBeGreaterThan(1000);
  });
});

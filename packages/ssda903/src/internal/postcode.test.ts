import { parsePostcode } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisedPostcode } from './postcode.js';

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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRead, readerInput } from './reader-properties.js';

describe('reader properties (fixed seed; `pnpm fuzz` runs them with random seeds)', () => {
  it('never throws and keeps rows = accepted + rejected on every generated input', () => {
    fc.assert(
      fc.property(readerInput, (input) => {
        expect(checkRead(input)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  // Counterexamples found by `pnpm fuzz` (and by the property test on random seeds) stay here as fixed cases.
  it.each([
    ['<HEADER/', 'return.xml'],
    ['<!DOCTYPE m [<!ENTITY a "&b;&b;"><!ENTITY b "&a;">]><m>&a;</m>', 'return.xml'],
    ['CHILD,SEX,DOB\r"', 'header.csv'],
    ['"', 'episodes.csv'],
  ])('regression: %j', (content, name) => {
    expect(checkRead({ name, content })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { isValidUpn, upnCheckLetter } from './upn.js';

/** The DfE algorithm written out a second way, by a table of weights, to recount the letter. */
function recount(upn: string): string {
  const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const total = weights.reduce((sum, weight, i) => {
    const char = upn.charAt(i + 1);
    const value = char >= '0' && char <= '9' ? char.charCodeAt(0) - 48 : letters.indexOf(char);
    return sum + value * weight;
  }, 0);
  return letters.charAt(total % 23);
}

describe('UPN check letter', () => {
  it('matches a hand-worked example', () => {
    // Digits 2,0,1,1,0,0,0,0,1,0,0,1 at positions 2–13:
    // weights 2..13 → 4 + 0 + 4 + 5 + 0 + 0 + 0 + 0 + 10 + 0 + 0 + 13 = 36; 36 mod 23 = 13 → P.
    expect(upnCheckLetter('201100001001')).toBe('P');
    expect(isValidUpn('P201100001001')).toBe(true);
    expect(isValidUpn('A201100001001')).toBe(false);
  });

  it('agrees with an independent recount, temporary UPNs included', () => {
    for (const body of ['820400012345', '935612345678', '00000000000A', '12345678901Z', '999999999999']) {
      const letter = recount(`?${body}`);
      expect(upnCheckLetter(body)).toBe(letter);
      expect(isValidUpn(`${letter}${body}`)).toBe(true);
    }
  });

  it('refuses what is not a UPN', () => {
    expect(upnCheckLetter('12345')).toBeUndefined();
    expect(upnCheckLetter('1234567890I1')).toBeUndefined();
    expect(isValidUpn('UN1')).toBe(false);
  });
});

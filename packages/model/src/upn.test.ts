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

  it('agrees with the pattern-and-recount reading on many near-UPNs', () => {
    // The reading as first written: a regular expression for the form, then the recount above (I, O and S
    // have no value in the check table, so a body ending in one has no check letter).
    const letterOf = (body: string) =>
      /^\d{11}[0-9A-Z]$/.test(body) && !/[IOS]$/.test(body) ? recount(`?${body}`) : undefined;
    const reference = (upn: string) => /^[A-Z]\d{11}[0-9A-Z]$/.test(upn) && letterOf(upn.slice(1)) === upn[0];
    const alphabet = '0123456789ABIOSZaz -';
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    let valid = 0;
    for (let n = 0; n < 20000; n++) {
      // Mostly the right shape, with one character or the length now and then wrong.
      const body = Array.from({ length: 12 }, () => String(next() % 10));
      if (next() % 3 === 0) body[11] = alphabet[next() % alphabet.length] as string;
      if (next() % 5 === 0) body[next() % 12] = alphabet[next() % alphabet.length] as string;
      const rest = body.join('').slice(0, next() % 7 === 0 ? next() % 13 : 12);
      const first =
        next() % 2 === 0 ? recount(`?${rest}`) || 'A' : (alphabet[next() % alphabet.length] as string);
      const upn = `${first}${rest}`;
      expect(isValidUpn(upn)).toBe(reference(upn));
      expect(upnCheckLetter(rest)).toBe(letterOf(rest));
      if (reference(upn)) valid++;
    }
    expect(valid).toBeGreaterThan(3000);
  });
});

import { describe, expect, it } from 'vitest';
import { CODE_LISTS, CodeDefinition, CodeListName, codesFor, describeCode, isValidCode } from './codes.js';

const codesIn = (list: CodeListName, year: string) => codesFor(list, year).map((c) => c.code);

describe('isValidCode', () => {
  it('knows K3 only from 2024-25', () => {
    expect(isValidCode('PLACE', 'K3', '2023-24')).toBe(false);
    expect(isValidCode('PLACE', 'K3', '2024-25')).toBe(true);
    expect(isValidCode('PLACE', 'K3', '2025-26')).toBe(true);
  });

  it('retires H5, P2 and Z1 after 2024-25', () => {
    for (const code of ['H5', 'P2', 'Z1']) {
      expect(isValidCode('PLACE', code, '2024-25')).toBe(true);
      expect(isValidCode('PLACE', code, '2025-26')).toBe(false);
    }
  });

  it('knows Z11–Z14 only from 2025-26, marked unconfirmed', () => {
    for (const code of ['Z11', 'Z12', 'Z13', 'Z14']) {
      expect(isValidCode('PLACE', code, '2024-25')).toBe(false);
      expect(isValidCode('PLACE', code, '2025-26')).toBe(true);
      expect(CODE_LISTS.PLACE.find((c) => c.code === code)?.unconfirmed).toBe(true);
    }
  });

  it('keeps P2 in the list but barred for placements after 28 October 2023', () => {
    expect(CODE_LISTS.PLACE.find((c) => c.code === 'P2')?.notForPlacementsAfter).toBe('2023-10-28');
  });

  it('reads unconfirmed older years by 2019-20 and rejects unknown, lower-case or out-of-range codes', () => {
    expect(isValidCode('PLACE', 'U1', '2019-20')).toBe(true);
    // 2017-18's lists are not confirmed, so they are 2019-20's: K3 (from 2024-25) is not in them.
    expect(isValidCode('PLACE', 'U1', '2017-18')).toBe(true);
    expect(isValidCode('PLACE', 'K3', '2017-18')).toBe(false);
    expect(isValidCode('PLACE', 'U1', '1999-00')).toBe(false);
    expect(isValidCode('PLACE', 'u1', '2024-25')).toBe(false);
    expect(isValidCode('LS', 'X9', '2024-25')).toBe(false);
    expect(isValidCode('UPN_UNKNOWN', 'UN5', '2024-25')).toBe(true);
    expect(isValidCode('MISSING', 'A', '2024-25')).toBe(true);
  });
});

describe('codesFor', () => {
  it('lists the PLACE codes of each year', () => {
    expect(codesIn('PLACE', '2023-24')).toContain('H5');
    expect(codesIn('PLACE', '2023-24')).not.toContain('K3');
    expect(codesIn('PLACE', '2025-26')).toEqual(expect.arrayContaining(['K3', 'Z11', 'Z14']));
    expect(codesIn('PLACE', '2025-26')).not.toContain('H5');
    expect(codesIn('PLACE', '2024-25')).toHaveLength(28);
    expect(codesIn('PLACE', '2025-26')).toHaveLength(29);
  });

  it('returns a fresh array the caller may change', () => {
    codesFor('CIN', '2024-25').pop();
    expect(codesIn('CIN', '2024-25')).toHaveLength(8);
  });
});

describe('CODE_LISTS', () => {
  it.each(CodeListName.options)('%s: every definition is well formed and each code appears once', (list) => {
    const codes = CODE_LISTS[list].map((c) => CodeDefinition.parse(c).code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(0);
  });

  it('describes codes in any year they existed', () => {
    expect(describeCode('PLACE', 'H5')).toMatch(/semi-independent/i);
    expect(describeCode('PLACE_PROVIDER', 'PR4')).toBe('Private provider');
    expect(describeCode('ETHNIC', 'ZZZZ')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { findLocalAuthority, LOCAL_AUTHORITIES, upperTierAuthorityOf } from './authorities.js';

describe('LOCAL_AUTHORITIES', () => {
  it('lists each upper-tier authority of England and Wales once, with its nation', () => {
    const codes = LOCAL_AUTHORITIES.map((la) => la.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(LOCAL_AUTHORITIES.find((la) => la.code === 'E08000035')).toEqual({
      code: 'E08000035',
      name: 'Leeds',
      nation: 'england',
    });
    expect(LOCAL_AUTHORITIES.find((la) => la.code === 'W06000015')?.nation).toBe('wales');
    expect(LOCAL_AUTHORITIES.some((la) => la.code.startsWith('E07'))).toBe(false);
  });

  it('includes the unitaries created since 2021', () => {
    expect(findLocalAuthority('E06000065')?.name).toBe('North Yorkshire');
  });
});

describe('findLocalAuthority / upperTierAuthorityOf', () => {
  it('maps a district council to its county', () => {
    expect(upperTierAuthorityOf('E07000008')).toBe('E10000003');
    expect(findLocalAuthority('E07000008')?.name).toBe('Cambridgeshire');
  });

  it('treats unknown codes as their own upper tier', () => {
    expect(upperTierAuthorityOf('S12000036')).toBe('S12000036');
    expect(findLocalAuthority('E99999999')).toBeUndefined();
  });
});

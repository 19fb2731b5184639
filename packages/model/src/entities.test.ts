import { describe, expect, it } from 'vitest';
import { findEntityName } from './entities.js';

describe('findEntityName', () => {
  it('finds entities ignoring case and spaces, and nothing else', () => {
    expect(findEntityName('referral')).toBe('Referral');
    expect(findEntityName(' LOCALAUTHORITY ')).toBe('LocalAuthority');
    expect(findEntityName('toString')).toBeUndefined();
    expect(findEntityName('pony')).toBeUndefined();
  });
});

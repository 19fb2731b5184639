import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, PseudonymiseKeyError, pseudonymiseReturn } from './pseudonymise.js';
import { emptyReturn } from './return.js';

const value = {
  ...emptyReturn(),
  children: [
    {
      id: 'C001',
      sex: 'female' as const,
      dateOfBirth: '2010-02-14',
      upn: 'A123456789012',
      mother: true,
      motherChildDateOfBirth: '2026-01-05',
      uasc: false,
    },
  ],
  episodes: [
    {
      childId: 'C001',
      start: '2024-05-01',
      reasonNewEpisode: 'S',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      homePostcode: 'LS6 1AA',
      placementPostcode: 'HX1',
    },
  ],
  missing: [{ childId: 'C001', dateOfBirth: '2010-02-14', kind: 'M', start: '2024-06-01' }],
};

describe('pseudonymiseReturn', () => {
  it('hashes CHILD with HMAC-SHA-256 under the key, the same in every table', async () => {
    const out = await pseudonymiseReturn(value, { key: 'council-secret' });
    const expected = createHmac('sha256', 'council-secret').update('C001').digest('hex').slice(0, 16);
    expect(out.children[0]?.id).toBe(expected);
    expect(out.episodes[0]?.childId).toBe(expected);
    expect(out.missing[0]?.childId).toBe(expected);
  });

  it('gives the same pseudonyms for the same key, and different ones for another key', async () => {
    const a = await pseudonymiseReturn(value, { key: new TextEncoder().encode('k1') });
    const b = await pseudonymiseReturn(value, { key: 'k1' });
    const c = await pseudonymiseReturn(value, { key: 'k2' });
    expect(a.children[0]?.id).toBe(b.children[0]?.id);
    expect(a.children[0]?.id).not.toBe(c.children[0]?.id);
  });

  it('coarsens DOB and postcodes and drops UPN and MC_DOB, leaving the input untouched', async () => {
    const before = structuredClone(value);
    const out = await pseudonymiseReturn(value, { key: 'k' });
    expect(out.children[0]).toEqual({
      id: expect.any(String),
      sex: 'female',
      dateOfBirth: '2010-02-01',
      mother: true,
      uasc: false,
    });
    expect(out.episodes[0]).toMatchObject({
      homePostcode: 'LS6 1',
      placementPostcode: 'HX1',
      start: '2024-05-01',
    });
    expect(out.missing[0]?.dateOfBirth).toBe('2010-02-01');
    expect(value).toEqual(before);
  });

  it('refuses an empty key', async () => {
    await expect(createPseudonymiser({ key: '' })).rejects.toBeInstanceOf(PseudonymiseKeyError);
  });
});

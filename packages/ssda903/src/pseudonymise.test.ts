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

  it('uses a pseudonymiser it is given, so one can serve many returns', async () => {
    const made = await createPseudonymiser({ key: 'council-secret' });
    const asked: string[] = [];
    const pseudonymiser = (id: string) => {
      asked.push(id);
      return made(id);
    };
    const first = await pseudonymiseReturn(value, { key: 'council-secret', pseudonymiser });
    const again = await pseudonymiseReturn(value, { key: 'council-secret', pseudonymiser });
    const expected = createHmac('sha256', 'council-secret').update('C001').digest('hex').slice(0, 16);
    expect(first.children[0]?.id).toBe(expected);
    expect(again.episodes[0]?.childId).toBe(expected);
    // Asked once per CHILD per return (not per record); its own cache then hashes C001 once in all.
    expect(asked).toEqual(['C001', 'C001']);
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

describe('pseudonymise edge cases (issue 11, case 9)', () => {
  it('refuses an idLength that is not a whole number from 8 to 64', async () => {
    for (const idLength of [Number.NaN, 0, -1, 7, 65, 12.5, Number.POSITIVE_INFINITY]) {
      await expect(createPseudonymiser({ key: 'k', idLength })).rejects.toBeInstanceOf(PseudonymiseKeyError);
    }
    const pseudonym = await createPseudonymiser({ key: 'k', idLength: 8 });
    expect(await pseudonym('C001')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('gives ids that differ only in lone surrogates different pseudonyms, and well-formed ids their UTF-8 HMAC', async () => {
    const pseudonym = await createPseudonymiser({ key: 'k' });
    const ids = ['C\uD800', 'C\uD801', 'C\uDC00', 'C\uFFFD'];
    const out = await Promise.all(ids.map(pseudonym));
    expect(new Set(out).size).toBe(ids.length);
    const expected = createHmac('sha256', 'k').update('C\uFFFD', 'utf8').digest('hex').slice(0, 16);
    expect(out[3]).toBe(expected);
  });

  it('throws PseudonymiseKeyError, not TypeError, for a key of the wrong type', async () => {
    for (const key of [42, null, undefined, {}, ['k']]) {
      await expect(createPseudonymiser({ key: key as never })).rejects.toBeInstanceOf(PseudonymiseKeyError);
    }
    const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);
    await expect(createPseudonymiser({ key: aes as CryptoKey })).rejects.toBeInstanceOf(PseudonymiseKeyError);
  });
});

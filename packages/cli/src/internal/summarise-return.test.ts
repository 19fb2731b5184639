import { createSectorLocator } from '@placewise/geo';
import type { CollectionYear } from '@placewise/model';
import { type AuthorityReturn, readAuthority } from '@placewise/region';
import { generateRegion, syntheticAuthorityReturn } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import { pseudonymiseWith, summariseReturn } from './summarise-return.js';

const YEAR: CollectionYear = '2024-25';
const locator = createSectorLocator();
const la = generateRegion({ seed: 9, authorities: 2, children: 60 })[0] as ReturnType<
  typeof generateRegion
>[number];
const input: AuthorityReturn = syntheticAuthorityReturn(la, { year: YEAR });
const key = new TextEncoder().encode('a region secret');

describe('--key-file with a pseudonymiser per worker', () => {
  it('gives the pseudonyms one shared pseudonymiser gives: keyed hashing depends on the key alone', async () => {
    const shared = await pseudonymiseWith(key);
    const own = await pseudonymiseWith(key);
    // The shared one has already hashed another authority's children; the worker's own one has not.
    await readAuthority(input, { collectionYear: YEAR, locator, transform: shared });
    const a = await readAuthority(input, { collectionYear: YEAR, locator, transform: shared });
    const b = await readAuthority(input, { collectionYear: YEAR, locator, transform: own });
    expect(b.history).toStrictEqual(a.history);
    expect(b.dataset).toStrictEqual(a.dataset);
    // The identifiers were replaced, and a child in three years' returns is one child under one pseudonym.
    const plain = await readAuthority(input, { collectionYear: YEAR, locator });
    const ids = new Set(plain.history.children.map((c) => c.id));
    expect(a.history.children.some((c) => ids.has(c.id))).toBe(false);
    expect(a.history.children).toHaveLength(plain.history.children.length);
  });

  it('summarises the same with a key as without, bar the identifiers', async () => {
    const settings = { collectionYear: YEAR, from: '2022-04-01' };
    const plain = await summariseReturn(input, settings, { locator });
    const keyed = await summariseReturn(input, settings, { locator, transform: await pseudonymiseWith(key) });
    expect(keyed.summary.indicators).toStrictEqual(plain.summary.indicators);
    // The forecast is not compared: its bootstrap draws children in identifier order, so new identifiers
    // give other (equally valid) draws.
    expect(keyed.summary.forecast && 'yearEnds' in keyed.summary.forecast).toBe(true);
    expect(keyed.summary.placed).toHaveLength(plain.summary.placed.length);
    expect(keyed.errors).toBe(plain.errors);
  }, 60_000);
});

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MatchPolicy } from './policy.js';
import { stampPolicy } from './policy-stamp.js';

describe('stampPolicy', () => {
  it('hashes the policy’s content with keys sorted, whatever order they were given in', () => {
    const a = MatchPolicy.parse({ id: 'p', version: '1', unknownScore: 0.3, avoidRadiusMiles: 2 });
    const b = MatchPolicy.parse({ avoidRadiusMiles: 2, unknownScore: 0.3, version: '1', id: 'p' });
    expect(stampPolicy(b)).toEqual(stampPolicy(a));
    // Recounted by hand from the canonical form: a tiny policy-shaped object, keys sorted, no spaces.
    const tiny = { version: '2', id: 'x', weights: { b: 1, a: 2 } } as unknown as MatchPolicy;
    const expected = bytesToHex(sha256(utf8ToBytes('{"id":"x","version":"2","weights":{"a":2,"b":1}}')));
    expect(stampPolicy(tiny)).toEqual({ id: 'x', version: '2', hash: `sha256:${expected}` });
  });

  it('gives a new hash when the same policy object is changed after a first stamp', () => {
    const policy = MatchPolicy.parse({ id: 'p', version: '1' });
    const before = stampPolicy(policy);
    policy.weights.cost = 7;
    const after = stampPolicy(policy);
    expect(after.hash).not.toBe(before.hash);
    expect(after).toEqual(stampPolicy(MatchPolicy.parse({ id: 'p', version: '1', weights: { cost: 7 } })));
  });

  it('hands out a fresh object each time, so changing one stamp never changes the next', () => {
    const first = stampPolicy(DEFAULT_POLICY);
    first.hash = 'tampered';
    expect(stampPolicy(DEFAULT_POLICY).hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

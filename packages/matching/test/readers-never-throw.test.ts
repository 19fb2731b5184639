/**
 * The one untrusted input the matcher takes is a policy read from a user's file (`options.policy`). Whatever
 * it holds, `matchReferral` and `assignPlacements` answer with `matching.policy-invalid` issues located under
 * `policy` (and use the default policy), never an exception. Referrals and vacancies come parsed with the
 * model's schemas, so their junk is the model's property, not this one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junkOr } from '../../../test-support/junk.js';
import { assignPlacements, type MatchPolicyInput, matchReferral } from '../src/index.js';
import { locator, referral, vacancy } from './fixtures.js';

const junk = junkOr(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e308, '\uFEFF2', '', 'inadequate\r'),
);
const WEIGHTS = ['distanceHome', 'cost', 'ofsted', 'siblingsTogether', 'wishes', 'placementType'];
const policy = fc.oneof(
  junk,
  fc.record(
    {
      id: junk,
      version: junk,
      weights: fc.oneof(junk, fc.dictionary(fc.constantFrom(...WEIGHTS, 'toString', '__proto__'), junk)),
      halfScoreMiles: fc.oneof(junk, fc.dictionary(fc.constantFrom('home', 'school', 'x'), junk)),
      unknownScore: junk,
      excludeOfstedJudgements: fc.oneof(
        junk,
        fc.array(fc.oneof(fc.constant('inadequate'), junk), { maxLength: 5 }),
      ),
      maxDistanceMiles: junk,
    },
    { requiredKeys: [] },
  ),
);
const vacancies = [vacancy('A'), vacancy('B', { location: { postcode: 'BD1 1' } })];

describe('matching with a junk policy', () => {
  it('matchReferral never throws, and locates policy issues under policy', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const r = matchReferral(referral(), vacancies, { locator, policy: p as MatchPolicyInput });
        expect(Array.isArray(r.issues)).toBe(true);
        for (const issue of r.issues.filter((i) => i.code === 'matching.policy-invalid'))
          expect(issue.location.path?.[0]).toBe('policy');
        expect(r.results).toHaveLength(vacancies.length);
      }),
      { numRuns: 150 },
    );
  });

  it('assignPlacements never throws', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const r = assignPlacements([referral()], vacancies, {
          locator,
          policy: p as MatchPolicyInput,
          timeLimitMs: 200,
        });
        return Array.isArray(r.issues);
      }),
      { numRuns: 50 },
    );
  });
});

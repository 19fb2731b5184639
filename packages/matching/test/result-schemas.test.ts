import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RESULT_SCHEMAS } from '@placewise/model';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { assignPlacements } from '../src/assign-placements.js';
import { matchReferral } from '../src/match-referral.js';
import { locator, referral, vacancy } from './fixtures.js';

// The committed JSON Schemas, as a .NET or Java supplier would load them from the published package.
const require = createRequire(import.meta.url);
const load = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`@placewise/model/schema/${name}.schema.json`), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validators = {
  MatchResult: ajv.compile(load('MatchResult')),
  AssignmentResult: ajv.compile(load('AssignmentResult')),
  MatchPolicy: ajv.compile(load('MatchPolicy')),
};

const vacancies = [
  vacancy('V1'),
  vacancy('V2', { registration: 'cancelled' }),
  vacancy('V3', { location: { postcode: 'BD1 1' }, ofsted: undefined }, { placesFree: 2 }),
  vacancy('V4', { type: 'foster-household', category: 'fostering-agency', ofsted: undefined }),
];
const referrals = [
  referral({ id: 'A', locationsToAvoid: [{ postcode: 'LS8 2', label: 'a street to avoid' }] }),
  referral({ id: 'B', siblingCount: 1, nation: 'wales', responsibleAuthority: 'W06000015' }),
  referral({ id: 'C', sex: 'male', dateOfBirth: '2001-01-01' }),
];
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('results against their committed JSON Schemas', () => {
  it('a real matchReferral result, explained in full, is valid MatchResult JSON', () => {
    for (const r of referrals) {
      const result = asJson(matchReferral(r, vacancies, { locator, explain: 'all' }));
      expect(validators.MatchResult(result), JSON.stringify(validators.MatchResult.errors)).toBe(true);
      expect(RESULT_SCHEMAS.MatchResult.safeParse(result).error?.issues ?? []).toEqual([]);
    }
  });

  it.each(['total', 'max-min'] as const)(
    'a real assignPlacements result (%s) is valid AssignmentResult JSON',
    (objective) => {
      const result = asJson(assignPlacements(referrals, vacancies, { locator, objective }));
      expect(result.unmatched.length).toBeGreaterThan(0);
      expect(validators.AssignmentResult(result), JSON.stringify(validators.AssignmentResult.errors)).toBe(
        true,
      );
      expect(RESULT_SCHEMAS.AssignmentResult.safeParse(result).error?.issues ?? []).toEqual([]);
    },
  );

  it('a result with an extra key is not valid, nor a policy file without its id', () => {
    const result = { ...asJson(matchReferral(referrals[0] as never, vacancies, { locator })), extra: 1 };
    expect(validators.MatchResult(result)).toBe(false);
    expect(validators.MatchPolicy({ weights: { cost: 0 } })).toBe(false);
    expect(validators.MatchPolicy({ id: 'leeds', version: '1', weights: { cost: 0 } })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { MatchPolicy, MatchPolicyFile } from './match-policy.js';
import { Referral } from './referral.js';
import { Vacancy } from './vacancy.js';
import { issuesFromZodError } from './zod-issues.js';

// Written the way a supplier's system would send them, typos and all.
const referral = {
  id: 'R1',
  childId: 'C0001',
  dateOfBirth: '2011-09-01',
  sex: 'female',
  neededBy: '2025-01-10',
  urgency: 'today',
  responsibleAuthority: 'E08000035',
};
const vacancy = {
  id: 'V1',
  placesFree: 1,
  availableFrom: '2025-01-01',
  setting: {
    id: 'S1',
    type: 'childrens-home',
    category: 'childrens-home',
    registration: 'registered',
    places: 4,
    ageRange: { min: 8, max: 17 },
    sexes: ['female'],
    ownership: 'private',
    location: { postcode: 'LS8 2' },
  },
};

function issuesOf(result: { success: boolean; error?: unknown }) {
  if (result.success) return [];
  return issuesFromZodError(result.error as Parameters<typeof issuesFromZodError>[0]);
}

describe('strict input schemas', () => {
  it('rejects a misspelt referral field, located at it, with a suggestion', () => {
    const issues = issuesOf(Referral.safeParse({ ...referral, closeTofamily: true }));
    expect(issues).toEqual([
      {
        code: 'schema.unrecognized_keys',
        severity: 'error',
        message: 'unknown field closeTofamily; did you mean closeToFamily?',
        location: { path: ['closeTofamily'] },
      },
    ]);
  });

  it('rejects a misspelt policy weight instead of ignoring it', () => {
    const issues = issuesOf(MatchPolicy.safeParse({ weights: { distanceHom: 5 } }));
    expect(issues.map((i) => [i.location.path, i.message])).toEqual([
      [['weights', 'distanceHom'], 'unknown field distanceHom; did you mean distanceHome?'],
    ]);
  });

  it('rejects unknown keys deep inside a vacancy, with no suggestion when nothing is close', () => {
    const input = {
      ...vacancy,
      setting: { ...vacancy.setting, location: { postcode: 'LS8 2', colour: 'red' } },
    };
    const issues = issuesOf(Vacancy.safeParse(input));
    expect(issues.map((i) => [i.location.path, i.message])).toEqual([
      [['setting', 'location', 'colour'], 'unknown field colour'],
    ]);
  });

  it.each([
    ['a sibling group above 20', { siblingCount: 20 }, 'siblingCount'],
    ['a sibling group of 2^31 − 1', { siblingCount: 2 ** 31 - 1 }, 'siblingCount'],
    ['a child older than 25 on the date needed', { dateOfBirth: '1990-01-01' }, 'dateOfBirth'],
    ['a child not yet born', { dateOfBirth: '2026-01-01' }, 'dateOfBirth'],
    ['an infinite distance limit', { maxDistanceMiles: Number.POSITIVE_INFINITY }, 'maxDistanceMiles'],
    [
      'a safeguarding radius of 1e308',
      { locationsToAvoid: [{ postcode: 'LS6 1', radiusMiles: 1e308 }] },
      'locationsToAvoid',
    ],
  ])('rejects %s in a referral', (_, change, field) => {
    const result = Referral.safeParse({ ...referral, ...change });
    expect(result.success).toBe(false);
    expect(issuesOf(result).some((i) => i.location.path?.[0] === field)).toBe(true);
  });

  it('accepts the largest real values: a group of 20, a 25-year-old, 200 places', () => {
    expect(Referral.safeParse({ ...referral, siblingCount: 19 }).success).toBe(true);
    expect(Referral.safeParse({ ...referral, dateOfBirth: '1999-06-01' }).success).toBe(true);
    const big = { ...vacancy, placesFree: 200, setting: { ...vacancy.setting, places: 200 } };
    expect(Vacancy.safeParse(big).success).toBe(true);
  });

  it.each([
    ['201 free places', { placesFree: 201 }],
    ['a weekly cost beyond 32 bits', { weeklyCost: 2 ** 31 }],
    ['an age range past 25', { setting: { ...vacancy.setting, ageRange: { min: 8, max: 26 } } }],
    ['an age range upside down', { setting: { ...vacancy.setting, ageRange: { min: 17, max: 8 } } }],
    ['a setting of 201 places', { setting: { ...vacancy.setting, places: 201 } }],
    [
      'an easting of 1e308',
      { setting: { ...vacancy.setting, location: { point: { easting: 1e308, northing: 0 } } } },
    ],
  ])('rejects %s in a vacancy', (_, change) => {
    expect(Vacancy.safeParse({ ...vacancy, ...change }).success).toBe(false);
  });

  it.each([1e308, 101, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a weight of %s', (w) => {
    expect(MatchPolicy.safeParse({ weights: { cost: w } }).success).toBe(false);
  });

  it('fills id and version in code, and requires them in a policy file', () => {
    expect(MatchPolicy.parse({}).id).toBe('custom');
    const file = MatchPolicyFile.safeParse({ weights: { cost: 0 } });
    expect(issuesOf(file).map((i) => i.location.path)).toEqual([['id'], ['version']]);
    expect(MatchPolicyFile.safeParse({ id: 'leeds', version: '2026-1' }).success).toBe(true);
  });
});

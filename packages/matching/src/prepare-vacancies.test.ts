import { describe, expect, it } from 'vitest';
import { locator, vacancy } from '../test/fixtures.js';
import { DEFAULT_POLICY, MatchPolicy } from './policy.js';
import { prepareVacancies } from './prepare-vacancies.js';

describe('prepareVacancies', () => {
  it('sorts by id and reports settings it cannot locate and duplicated ids, by input position', () => {
    const prepared = prepareVacancies(
      [vacancy('B', { location: { postcode: 'ZZ9 9ZZ' } }), vacancy('A'), vacancy('A')],
      { locator },
    );
    expect(prepared.vacancies.map((v) => v.id)).toEqual(['A', 'A', 'B']);
    expect(prepared.issues.map((i) => [i.code, i.location.path?.[0]])).toEqual([
      ['matching.duplicate-vacancy-id', 2],
      ['matching.setting-not-located', 0],
    ]);
    expect(JSON.stringify(prepared.issues)).not.toContain('ZZ9');
  });
});

describe('MatchPolicy', () => {
  it('fills a partial policy from the defaults and rejects negative weights', () => {
    const policy = MatchPolicy.parse({ weights: { cost: 0 } });
    expect(policy.weights).toEqual({ ...DEFAULT_POLICY.weights, cost: 0 });
    expect(policy.halfScoreMiles.home).toBe(10);
    expect(MatchPolicy.safeParse({ weights: { ofsted: -1 } }).success).toBe(false);
  });
});

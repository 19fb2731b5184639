import { describe, expect, it } from 'vitest';
import { locator, referral, vacancy } from '../test/fixtures.js';
import { matchReferral } from './match-referral.js';
import { prepareVacancies } from './prepare-vacancies.js';

const match = (r = referral(), vs = [vacancy('V1')], options = {}) =>
  matchReferral(r, vs, { locator, ...options });
const codesOf = (r: ReturnType<typeof referral>, v: ReturnType<typeof vacancy>) =>
  match(r, [v]).results[0]?.failures.map((f) => f.code);

describe('matchReferral eligibility', () => {
  it('accepts a vacancy that meets every constraint', () => {
    const result = match();
    expect(result.results[0]).toMatchObject({ vacancyId: 'V1', eligible: true, rank: 1, failures: [] });
  });

  it.each([
    [
      'unlawful-setting-for-age',
      referral(),
      vacancy('V', { type: 'supported-accommodation', category: 'supported-accommodation' }),
    ],
    [
      'unlawful-setting-for-age',
      referral({ dateOfBirth: '2008-01-01' }),
      vacancy('V', { type: 'unregistered', category: 'other', registration: 'unregistered' }),
    ],
    [
      'secure-order-required',
      referral(),
      vacancy('V', { type: 'secure-childrens-home', category: 'secure-childrens-home' }),
    ],
    ['age-range', referral(), vacancy('V', { ageRange: { min: 14, max: 17 } })],
    ['age-range', referral(), vacancy('V', {}, { limits: { ageRange: { min: 0, max: 12 } } })],
    ['sex', referral(), vacancy('V', { sexes: ['male'] })],
    ['not-enough-places', referral({ siblingCount: 1 }), vacancy('V')],
    ['solo-placement-required', referral({ livingCompanions: 'solo' }), vacancy('V')],
    ['solo-only-setting', referral({ siblingCount: 1 }), vacancy('V', { soloOnly: true }, { placesFree: 2 })],
    ['deprivation-of-liberty', referral({ deprivationOfLiberty: true }), vacancy('V')],
    [
      'risk-not-accepted',
      referral({ risks: ['fire-setting'] }),
      vacancy('V', { acceptsRisks: ['going-missing'] }),
    ],
    ['need-not-met', referral({ needs: ['N1'] }), vacancy('V')],
    [
      'fostering-limit',
      referral(),
      vacancy('V', { type: 'foster-household', category: 'fostering-agency', fosteredChildren: 3 }),
    ],
    ['not-available-by-date', referral(), vacancy('V', {}, { availableFrom: '2025-02-01' })],
    ['not-available-by-date', referral(), vacancy('V', {}, { availableUntil: '2025-01-09' })],
    [
      'ofsted-judgement',
      referral(),
      vacancy('V', { ofsted: { judgement: 'inadequate', date: '2024-01-01' } }),
    ],
    ['too-far', referral({ maxDistanceMiles: 5 }), vacancy('V', { location: { postcode: 'M1 1' } })],
    ['distance-unknown', referral({ maxDistanceMiles: 5 }), vacancy('V', { location: {} })],
  ] as const)('fails %s with its reason and basis', (code, r, v) => {
    const entry = match(r, [v]).results[0];
    expect(entry?.eligible).toBe(false);
    expect(entry?.rank).toBeUndefined();
    expect(entry?.failures.map((f) => f.code)).toContain(code);
    expect(entry?.failures.every((f) => f.reason.length > 0 && f.basis.length > 0)).toBe(true);
  });

  it('allows registered supported accommodation for a 16-year-old and reg 27A applies only from 9 September 2021', () => {
    const sa = vacancy('V', {
      type: 'supported-accommodation',
      category: 'supported-accommodation',
      ageRange: { min: 16, max: 17 },
    });
    expect(codesOf(referral({ dateOfBirth: '2008-06-01' }), sa)).toEqual([]);
    const before = referral({ neededBy: '2021-09-08', dateOfBirth: '2007-01-01' });
    const old = vacancy(
      'V',
      { type: 'supported-accommodation', category: 'supported-accommodation', ageRange: { min: 0, max: 17 } },
      { availableFrom: '2021-01-01' },
    );
    expect(codesOf(before, old)).toEqual([]);
  });

  it('lets a sibling group exceed the fostering limit in an otherwise empty household (Sch 7 sibling exception)', () => {
    const foster = vacancy(
      'V',
      { type: 'foster-household', category: 'fostering-agency', fosteredChildren: 0 },
      { placesFree: 4 },
    );
    expect(codesOf(referral({ siblingCount: 3 }), foster)).toEqual([]);
  });

  it('allows a split sibling group into a smaller vacancy when the referral allows it', () => {
    expect(codesOf(referral({ siblingCount: 2, siblingSplitAllowed: true }), vacancy('V'))).toEqual([]);
  });

  it('makes the Ofsted exclusion configurable', () => {
    const v = vacancy('V', { ofsted: { judgement: 'inadequate', date: '2024-01-01' } });
    expect(match(referral(), [v], { policy: { excludeOfstedJudgements: [] } }).results[0]?.eligible).toBe(
      true,
    );
  });
});

describe('matchReferral scoring and ranking', () => {
  it('ranks nearer vacancies first and explains each criterion with weight, raw value and contribution', () => {
    const result = match(referral(), [
      vacancy('FAR', { location: { postcode: 'S1 2' } }),
      vacancy('NEAR', { location: { postcode: 'LS8 2' } }),
    ]);
    expect(result.results.map((r) => r.vacancyId)).toEqual(['NEAR', 'FAR']);
    const home = result.results[0]?.explanation.find((e) => e.criterion === 'distance-home');
    expect(home).toMatchObject({ weight: 3, raw: 2.8, rawLabel: '2.8 miles' });
    expect(home?.normalised).toBeCloseTo(10 / 12.8, 3);
    const sum = result.results[0]?.explanation.reduce((s, e) => s + e.contribution, 0) ?? 0;
    expect(sum).toBeCloseTo(result.results[0]?.score ?? -1, 3);
  });

  it('lists criteria the referral does not ask about with weight 0 and a reason', () => {
    const school = match().results[0]?.explanation.find((e) => e.criterion === 'distance-school');
    expect(school).toMatchObject({ weight: 0, normalised: null, contribution: 0 });
    expect(school?.reason).toMatch(/no located school/);
  });

  it('breaks ties by vacancy id and ignores input order', () => {
    const vs = ['C', 'A', 'B'].map((id) => vacancy(id));
    const result = match(referral(), vs);
    expect(result.results.map((r) => [r.vacancyId, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
    expect(match(referral(), [...vs].reverse())).toEqual(result);
  });

  it('puts ineligible vacancies after eligible ones, with scores but no rank', () => {
    const result = match(referral(), [vacancy('A', { sexes: ['male'] }), vacancy('B')]);
    expect(result.results.map((r) => [r.vacancyId, r.eligible])).toEqual([
      ['B', true],
      ['A', false],
    ]);
    expect(result.eligibleCount).toBe(1);
    expect(result.results[1]?.score).toBe(0);
    expect(
      match(referral(), [vacancy('A', { sexes: ['male'] })], { scoreIneligible: true }).results[0]?.score,
    ).toBeGreaterThan(0);
  });

  it('prefers the referral’s preferred placement type, then the s22C order', () => {
    const foster = vacancy('F', { type: 'foster-household', category: 'fostering-agency' });
    const home = vacancy('H');
    const preferHome = referral({ suitability: { foster: 'suitable', residential: 'preferred' } });
    expect(match(preferHome, [foster, home]).results[0]?.vacancyId).toBe('H');
    expect(match(referral(), [foster, home]).results[0]?.vacancyId).toBe('F');
  });

  it('uses the cost benchmark function and leaves cost out without one', () => {
    const cheap = vacancy('CHEAP', {}, { weeklyCost: 300_000 });
    const dear = vacancy('DEAR', {}, { weeklyCost: 900_000 });
    const costBenchmark = (v: { weeklyCost?: number }) => ((v.weeklyCost ?? 0) > 500_000 ? 0.9 : 0.1);
    const result = match(referral(), [dear, cheap], { costBenchmark });
    expect(result.results[0]?.vacancyId).toBe('CHEAP');
    expect(result.results[0]?.explanation.find((e) => e.criterion === 'cost')?.normalised).toBeCloseTo(0.9);
    expect(
      match(referral(), [dear]).results[0]?.explanation.find((e) => e.criterion === 'cost')?.weight,
    ).toBe(0);
  });

  it('scores own authority, siblings, Ofsted, communication, faith, pets, adaptations and staffing', () => {
    const r = referral({
      siblingCount: 1,
      siblingSplitAllowed: true,
      communicationRequirements: ['BSL'],
      culturalNeeds: 'required',
      faith: 'Muslim',
      pets: 'no',
      homeAdaptation: true,
      staffingRatio: '2:1',
    });
    const good = vacancy(
      'GOOD',
      { communication: ['BSL'], faiths: ['muslim'], hasPets: false, adapted: true, staffingRatios: ['2:1'] },
      { placesFree: 2 },
    );
    const poor = vacancy('POOR', {
      location: { postcode: 'M1 1' },
      communication: [],
      hasPets: true,
      adapted: false,
      staffingRatios: ['standard'],
      faiths: ['Christian'],
      ofsted: { judgement: 'requires-improvement', date: '2019-01-01' },
    });
    const [first, second] = match(r, [poor, good], { explain: 'all' }).results;
    expect(first?.vacancyId).toBe('GOOD');
    const values = (e: typeof first) =>
      Object.fromEntries((e?.explanation ?? []).map((x) => [x.criterion, x.normalised]));
    expect(values(first)).toMatchObject({
      'own-authority': 1,
      'siblings-together': 1,
      communication: 1,
      faith: 1,
      pets: 1,
      adaptations: 1,
      staffing: 1,
    });
    expect(values(second)).toMatchObject({
      'own-authority': 0,
      'siblings-together': 0.5,
      communication: 0,
      faith: 0,
      pets: 0,
      adaptations: 0,
      staffing: 0,
    });
    expect(values(second).ofsted).toBeLessThan(values(first).ofsted as number);
  });

  it('explains only the top N unless asked, but scores every vacancy', () => {
    const vs = ['A', 'B', 'C'].map((id) => vacancy(id));
    const result = match(referral(), vs, { explain: 1 });
    expect(result.results.map((r) => r.explanation.length)).toEqual([17, 0, 0]);
    expect(result.results.every((r) => r.score > 0)).toBe(true);
    expect(result.results[1]?.rank).toBe(2);
  });

  it('reports an invalid policy and an unlocated home as issues instead of throwing', () => {
    const result = match(referral({ home: { postcode: 'ZZ9 9' } }), [vacancy('A')], {
      policy: { weights: { cost: -1 } },
    });
    expect(result.issues.map((i) => i.code)).toEqual([
      'matching.policy-invalid',
      'matching.location-not-located',
    ]);
    expect(result.issues[0]?.location.path).toEqual(['policy', 'weights', 'cost']);
    expect(JSON.stringify(result.issues)).not.toContain('ZZ9');
  });

  it('gives the same result from a prepared index as from the array', () => {
    const vs = [vacancy('A'), vacancy('B', { location: { postcode: 'BD1 1' } })];
    expect(matchReferral(referral(), prepareVacancies(vs, { locator }), { locator })).toEqual(
      match(referral(), vs),
    );
  });
});

import { SettingType, type Vacancy } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../src/internal/build-candidates.js';
import { checkAll } from '../src/internal/check-all.js';
import { checkEligibility, eligibilityContext } from '../src/internal/check-eligibility.js';
import { compileReferral } from '../src/internal/compiled-referral.js';
import { createScorer, evaluateCriteria } from '../src/internal/evaluate-criteria.js';
import { resolvePolicy } from '../src/internal/resolve-policy.js';
import { scoreVacancies } from '../src/internal/score-vacancies.js';
import { matchReferral } from '../src/match-referral.js';
import { prepareVacancies } from '../src/prepare-vacancies.js';
import { locator, referral, SECTOR_NAMES, vacancy } from './fixtures.js';
import { referenceMatch } from './reference-match.js';

// Wide inputs: every setting type and registration, every flag the constraints read, unlocated places,
// all three nations, and policies with criteria switched off, so every branch of the fast path is compared.
const sector = fc.constantFrom(...SECTOR_NAMES, 'ZZ9 9');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const some = <T>(items: readonly T[]) => fc.subarray([...items], { maxLength: Math.min(3, items.length) });

const vacancyArb = (id: string) =>
  fc
    .record({
      type: fc.constantFrom(...SettingType.options),
      registration: fc.constantFrom('registered', 'registered', 'applied', 'unregistered', 'excepted'),
      min: fc.integer({ min: 0, max: 16 }),
      max: fc.integer({ min: 16, max: 21 }),
      sexes: fc.constantFrom<('male' | 'female')[]>(['male'], ['female'], ['male', 'female']),
      place: fc.oneof(
        sector.map((postcode) => ({ postcode })),
        fc.constant({}),
      ),
      placesFree: fc.integer({ min: 1, max: 4 }),
      fostered: maybe(fc.integer({ min: 0, max: 3 })),
      exempt: fc.boolean(),
      soloOnly: fc.boolean(),
      dol: fc.boolean(),
      ofsted: maybe(
        fc.record({
          judgement: fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate'),
          date: fc.constantFrom('2019-03-01', '2023-06-01', '2024-12-01'),
        }),
      ),
      from: fc.constantFrom('2020-01-01', '2024-12-01', '2025-01-10', '2025-02-01'),
      until: maybe(fc.constantFrom('2025-01-09', '2025-06-01')),
      risks: some(['going-missing', 'self-harm', 'fire-setting'] as const),
      needs: some(['N1', 'N2']),
      ownership: fc.constantFrom('private', 'local-authority', 'voluntary'),
      languages: some(['Somali', 'welsh']),
      faiths: some(['Muslim', 'sikh']),
      ethnicities: maybe(some(['BCRB', 'BAFR', 'WBRI'])),
      communication: some(['ESOL', 'BSL', 'Makaton'] as const),
      support: maybe(some(['therapeutic', 'school-transport', 'supervision'] as const)),
      hasPets: maybe(fc.boolean()),
      petsAllowed: maybe(fc.boolean()),
      adapted: maybe(fc.boolean()),
      staffing: some(['standard', '1:1', '2:1'] as const),
    })
    .map((v) =>
      vacancy(
        id,
        {
          type: v.type,
          category: 'other',
          registration: v.registration,
          ageRange: { min: v.min, max: v.max },
          sexes: v.sexes,
          location: v.place,
          ofsted: v.ofsted,
          acceptsRisks: v.risks,
          acceptsNeeds: v.needs,
          ownership: v.ownership,
          fosteringLimitExemption: v.exempt,
          soloOnly: v.soloOnly,
          deprivationOfLiberty: v.dol,
          languages: v.languages,
          faiths: v.faiths,
          communication: v.communication,
          staffingRatios: v.staffing,
          ...(v.fostered === undefined ? {} : { fosteredChildren: v.fostered }),
          ...(v.ethnicities === undefined ? {} : { ethnicities: v.ethnicities }),
          ...(v.support === undefined ? {} : { additionalSupport: v.support }),
          ...(v.hasPets === undefined ? {} : { hasPets: v.hasPets }),
          ...(v.petsAllowed === undefined ? {} : { petsAllowed: v.petsAllowed }),
          ...(v.adapted === undefined ? {} : { adapted: v.adapted }),
        },
        {
          placesFree: v.placesFree,
          availableFrom: v.from,
          ...(v.until === undefined ? {} : { availableUntil: v.until }),
        },
      ),
    );

const vacanciesArb = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => vacancyArb(`V${i % 11}`))));

const NATIONS = [
  { nation: 'england', responsibleAuthority: 'E08000035' },
  { nation: 'england', responsibleAuthority: 'E08000032' },
  { nation: 'wales', responsibleAuthority: 'W06000015' },
  { nation: 'scotland', responsibleAuthority: 'S12000036' },
] as const;

const referralArb = fc
  .record({
    nation: fc.constantFrom(...NATIONS),
    dob: fc.constantFrom('2006-02-01', '2008-03-01', '2011-09-01', '2015-05-05', '2005-01-01'),
    neededBy: fc.constantFrom('2021-01-04', '2025-01-10', '2030-05-01'),
    sex: fc.constantFrom('male', 'female') as fc.Arbitrary<'male' | 'female'>,
    home: maybe(sector),
    school: maybe(fc.record({ postcode: sector, mustContinue: fc.boolean() })),
    important: fc.array(
      fc.record({ postcode: sector, frequency: fc.constantFrom('daily', 'weekly', 'monthly') }),
      { maxLength: 2 },
    ),
    avoid: fc.array(
      fc.record({
        postcode: sector,
        label: fc.constant('a place'),
        radiusMiles: maybe(fc.constantFrom(1, 3, 12)),
      }),
      { maxLength: 2 },
    ),
    preferred: maybe(sector),
    closeToFamily: maybe(fc.boolean()),
    siblings: fc.integer({ min: 0, max: 3 }),
    split: fc.boolean(),
    communicationNeeds: fc.constantFrom('yes', 'no', 'not-specified'),
    communication: some(['ESOL', 'BSL'] as const),
    language: maybe(fc.constantFrom('Somali', 'Welsh')),
    culturalNeeds: fc.constantFrom('required', 'not-required', 'not-known'),
    faith: maybe(fc.constantFrom('Muslim', 'Sikh')),
    ethnicity: maybe(fc.constantFrom('BCRB', 'WBRI', ' bafr ')),
    wish: maybe(fc.constantFrom('foster', 'residential', 'supported-accommodation')),
    solo: fc.boolean(),
    pets: fc.constantFrom('must', 'can', 'no', 'not-known'),
    adaptation: fc.boolean(),
    support: some(['therapeutic', 'school-transport'] as const),
    staffing: fc.constantFrom('not-specified', 'standard', '1:1', '2:1'),
    dol: fc.boolean(),
    secure: fc.boolean(),
    risks: some(['going-missing', 'self-harm'] as const),
    needs: some(['N1', 'N2']),
    suitability: fc.record({
      foster: fc.constantFrom('preferred', 'suitable', 'unsuitable', 'not-specified'),
      residential: fc.constantFrom('preferred', 'suitable', 'not-specified'),
      supportedAccommodation: fc.constantFrom('suitable', 'unsuitable', 'not-specified'),
    }),
    maxMiles: maybe(fc.constantFrom(5, 30)),
  })
  .map((r) =>
    referral({
      ...r.nation,
      dateOfBirth: r.dob,
      neededBy: r.neededBy,
      sex: r.sex,
      ...(r.home === undefined ? { home: undefined } : { home: { postcode: r.home } }),
      ...(r.school === undefined ? {} : { school: r.school }),
      importantLocations: r.important,
      locationsToAvoid: r.avoid.map((a) =>
        a.radiusMiles === undefined ? { ...a, radiusMiles: undefined } : a,
      ),
      ...(r.preferred === undefined ? {} : { preferredLocation: { postcode: r.preferred } }),
      ...(r.closeToFamily === undefined ? {} : { closeToFamily: r.closeToFamily }),
      siblingCount: r.siblings,
      siblingSplitAllowed: r.split,
      communicationNeeds: r.communicationNeeds,
      communicationRequirements: r.communication,
      ...(r.language === undefined ? {} : { language: r.language }),
      culturalNeeds: r.culturalNeeds,
      ...(r.faith === undefined ? {} : { faith: r.faith }),
      ...(r.ethnicity === undefined ? {} : { ethnicity: r.ethnicity }),
      ...(r.wish === undefined ? {} : { wishes: { placementGroup: r.wish } }),
      livingCompanions: r.solo ? 'solo' : 'no-preference',
      pets: r.pets,
      homeAdaptation: r.adaptation,
      additionalSupport: r.support,
      staffingRatio: r.staffing,
      deprivationOfLiberty: r.dol,
      secureOrder: r.secure,
      risks: r.risks,
      needs: r.needs,
      suitability: r.suitability,
      ...(r.maxMiles === undefined ? {} : { maxDistanceMiles: r.maxMiles }),
    }),
  );

const optionsArb = fc.record({
  policy: maybe(
    fc.record({
      weights: fc.record(
        {
          distanceHome: fc.constantFrom(0, 3, 7.5),
          ofsted: fc.constantFrom(0, 2),
          cost: fc.constantFrom(0, 1),
          wishes: fc.constantFrom(0, 2),
          pets: fc.constantFrom(0, 0.5),
        },
        { requiredKeys: [] },
      ),
      unknownScore: fc.constantFrom(0, 0.2, 0.5, 0.9),
      excludeOfstedJudgements: some(['inadequate', 'requires-improvement'] as const),
      closeToFamilyMultiplier: fc.constantFrom(1, 1.5, 3),
    }),
  ),
  cost: fc.constantFrom('none', 'percentile', 'ratio'),
  explain: fc.constantFrom<number | 'all'>(0, 2, 10, 'all'),
  scoreIneligible: fc.boolean(),
});

// A benchmark that knows some vacancies and not others (undefined, NaN, out of range).
const benchmark = (v: Vacancy) => {
  const code = v.id.charCodeAt(v.id.length - 1) % 6;
  return [undefined, 0.1, 0.55, Number.NaN, 1.7, 0.9][code];
};

describe('the fast path gives what the one-at-a-time reference gives', () => {
  it('the same failure mask and the same score, bit for bit, for every vacancy', () => {
    fc.assert(
      fc.property(referralArb, vacanciesArb, optionsArb, (r, vs, o) => {
        const prepared = prepareVacancies(vs, { locator });
        const c = prepared.columns;
        const { policy } = resolvePolicy(o.policy);
        const compiled = compileReferral(r, c.authorityIds, locator, policy);
        const ctx = eligibilityContext(policy);
        const options = o.cost === 'none' ? {} : { costBenchmark: benchmark, costBenchmarkKind: o.cost };
        const scorer = createScorer(policy, c, r, options);
        const fails = new Uint32Array(c.size);
        const eligible = new Int32Array(c.size);
        const count = checkAll(compiled, c, ctx, fails, eligible);
        const all = Int32Array.from({ length: c.size }, (_, i) => i);
        const scores = new Float64Array(c.size);
        scoreVacancies(compiled, c, createScorer(policy, c, r, options), all, c.size, scores);
        const expectedFails = Array.from(all, (i) => checkEligibility(compiled, c, i, ctx));
        expect(Array.from(fails)).toEqual(expectedFails);
        expect(Array.from(eligible.subarray(0, count))).toEqual(
          Array.from(all).filter((i) => expectedFails[i] === 0),
        );
        for (const i of all)
          expect(Object.is(scores[i], evaluateCriteria(compiled, c, i, scorer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the same whole result from matchReferral, ranking, reasons and explanations included', () => {
    fc.assert(
      fc.property(referralArb, vacanciesArb, optionsArb, (r, vs, o) => {
        const options = {
          locator,
          ...(o.policy === undefined ? {} : { policy: o.policy }),
          ...(o.cost === 'none' ? {} : { costBenchmark: benchmark, costBenchmarkKind: o.cost }),
          explain: o.explain,
          scoreIneligible: o.scoreIneligible,
        };
        const expected = referenceMatch(r, vs, options);
        expect(matchReferral(r, vs, options)).toEqual(expected);
        // From a prepared index the index's own issues are the caller's, not repeated in the result.
        const fromIndex = matchReferral(r, prepareVacancies(vs, { locator }), options);
        expect({ ...fromIndex, issues: [] }).toEqual({ ...expected, issues: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('the same candidates for assignment, best first, as ranking each referral on its own', () => {
    fc.assert(
      fc.property(fc.array(referralArb, { minLength: 1, maxLength: 4 }), vacanciesArb, (rs, vs) => {
        const referrals = rs.map((r, k) => ({ ...r, id: `R${k}` }));
        const prepared = prepareVacancies(vs, { locator });
        const { policy } = resolvePolicy(undefined);
        const candidates = buildCandidates(referrals, prepared, policy, { locator });
        referrals.forEach((r, k) => {
          const ranked = referenceMatch(r, vs, { locator }).results.filter((x) => x.eligible);
          expect(candidates.eligibleCounts[k]).toBe(ranked.length);
          const { start, vacancy: picks, value } = candidates.problem;
          const kept = Array.from(picks.subarray(start[k], start[k + 1]), (i, j) => [
            candidates.vacancyIds[i],
            (value[(start[k] as number) + j] as number) / 1e6,
          ]);
          expect(kept).toEqual(ranked.slice(0, kept.length).map((x) => [x.vacancyId, x.score]));
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the fast path at the edges of its arithmetic', () => {
  it('agrees with the reference for dates long before 1970 and vacancies with no end date', () => {
    const r = referral({ dateOfBirth: '1955-01-01', neededBy: '1965-06-01' });
    const vs = [
      vacancy('OPEN', {}, { availableFrom: '1960-01-01' }),
      vacancy('ENDED', {}, { availableFrom: '1960-01-01', availableUntil: '1965-05-31' }),
    ];
    const result = matchReferral(r, vs, { locator, explain: 'all' });
    expect(result).toEqual(referenceMatch(r, vs, { locator, explain: 'all' }));
    expect(result.results.map((x) => [x.vacancyId, x.eligible])).toEqual([
      ['OPEN', true],
      ['ENDED', false],
    ]);
  });
});

describe('the fast path reusing its working arrays', () => {
  it('gives each of many referrals against one index what the reference gives, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(referralArb, optionsArb), { minLength: 2, maxLength: 6 }),
        vacanciesArb,
        (calls, vs) => {
          const prepared = prepareVacancies(vs, { locator });
          for (const [r, o] of calls) {
            const options = {
              locator,
              ...(o.policy === undefined ? {} : { policy: o.policy }),
              explain: o.explain,
              scoreIneligible: o.scoreIneligible,
            };
            const expected = referenceMatch(r, vs, options);
            expect({ ...matchReferral(r, prepared, options), issues: [] }).toEqual({
              ...expected,
              issues: [],
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stays right when a cost benchmark ranks again against the same index mid-call', () => {
    const vs = ['A', 'B', 'C', 'D'].map((id, k) =>
      vacancy(id, { location: { postcode: ['LS6 1', 'BD1 1', 'LS8 2', 'M1 1'][k] as string } }),
    );
    const prepared = prepareVacancies(vs, { locator });
    const inner = referral({ id: 'INNER', dateOfBirth: '2015-05-05' });
    let nested = 0;
    const costBenchmark = (v: Vacancy) => {
      nested++;
      // Another ranking, on the same index, while the outer one is scoring.
      const again = matchReferral(inner, prepared, { locator });
      return again.results.findIndex((x) => x.vacancyId === v.id) / 10;
    };
    const outer = referral({ id: 'OUTER' });
    const result = matchReferral(outer, prepared, { locator, costBenchmark });
    expect(nested).toBeGreaterThan(0);
    expect(result).toEqual({ ...referenceMatch(outer, vs, { locator, costBenchmark }), issues: [] });
    expect(matchReferral(inner, prepared, { locator })).toEqual({
      ...referenceMatch(inner, vs, { locator }),
      issues: [],
    });
  });
});

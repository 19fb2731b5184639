import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPlacements } from '../src/assign-placements.js';
import { matchReferral } from '../src/match-referral.js';
import { locator, referral, SECTOR_NAMES, vacancy } from './fixtures.js';

const sector = fc.constantFrom(...SECTOR_NAMES);
const sexes = fc.constantFrom<('male' | 'female')[]>(['male'], ['female'], ['male', 'female']);
const settingType = fc.constantFrom(
  { type: 'childrens-home', category: 'childrens-home' },
  { type: 'foster-household', category: 'fostering-agency' },
  { type: 'kinship-household', category: 'kinship-fostering' },
  { type: 'supported-accommodation', category: 'supported-accommodation' },
) as fc.Arbitrary<{ type: 'childrens-home'; category: 'childrens-home' }>;

const vacancyArb = (id: string) =>
  fc
    .record({
      kind: settingType,
      min: fc.integer({ min: 0, max: 12 }),
      sexes,
      postcode: sector,
      places: fc.integer({ min: 1, max: 3 }),
      ofsted: fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate'),
      from: fc.constantFrom('2024-12-01', '2025-01-10', '2025-02-01'),
      risks: fc.subarray(['going-missing', 'self-harm', 'fire-setting'] as const),
      adapted: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((v) =>
      vacancy(
        id,
        {
          ...v.kind,
          ageRange: { min: v.min, max: 17 },
          sexes: v.sexes,
          location: { postcode: v.postcode },
          ofsted: { judgement: v.ofsted, date: '2023-06-01' },
          acceptsRisks: v.risks,
          ...(v.adapted === undefined ? {} : { adapted: v.adapted }),
        },
        { placesFree: v.places, availableFrom: v.from },
      ),
    );

const vacanciesArb = (max: number) =>
  fc
    .integer({ min: 1, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => vacancyArb(`V${i}`))));

const referralArb = (id: string) =>
  fc
    .record({
      dob: fc.constantFrom('2008-03-01', '2011-09-01', '2015-05-05'),
      sex: fc.constantFrom('male', 'female') as fc.Arbitrary<'male' | 'female'>,
      home: sector,
      school: fc.option(sector, { nil: undefined }),
      siblings: fc.integer({ min: 0, max: 2 }),
      urgency: fc.constantFrom('today', 'within-5-days', 'more-than-5-days') as fc.Arbitrary<'today'>,
      risks: fc.subarray(['going-missing', 'self-harm'] as const, { maxLength: 1 }),
      adaptation: fc.boolean(),
    })
    .map((r) =>
      referral({
        id,
        childId: `C-${id}`,
        dateOfBirth: r.dob,
        sex: r.sex,
        home: { postcode: r.home },
        ...(r.school ? { school: { postcode: r.school } } : {}),
        siblingCount: r.siblings,
        urgency: r.urgency,
        risks: r.risks,
        homeAdaptation: r.adaptation,
      }),
    );

const shuffle = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe('matchReferral properties', () => {
  it('keeps every score in [0, 1]', () => {
    fc.assert(
      fc.property(referralArb('R'), vacanciesArb(8), (r, vs) => {
        for (const entry of matchReferral(r, vs, { locator }).results) {
          expect(entry.score).toBeGreaterThanOrEqual(0);
          expect(entry.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never lowers the distance score when a vacancy moves closer to home', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (dx, dy, t) => {
          const home = locator.locate('LS6 1')?.point ?? { easting: 0, northing: 0 };
          const at = (f: number) =>
            vacancy('V', {
              location: { point: { easting: home.easting + dx * f, northing: home.northing + dy * f } },
            });
          const distanceScore = (f: number) =>
            matchReferral(referral(), [at(f)], { locator }).results[0]?.explanation.find(
              (e) => e.criterion === 'distance-home',
            )?.normalised ?? -1;
          expect(distanceScore(t)).toBeGreaterThanOrEqual(distanceScore(1));
        },
      ),
    );
  });

  it('never changes the other vacancies’ ranks when an ineligible vacancy is added', () => {
    fc.assert(
      fc.property(referralArb('R'), vacanciesArb(6), vacancyArb('X-extra'), (r, vs, extra) => {
        const before = matchReferral(r, vs, { locator });
        const after = matchReferral(r, [...vs, extra], { locator });
        fc.pre(after.results.find((e) => e.vacancyId === 'X-extra')?.eligible === false);
        const ranks = (m: typeof before) =>
          m.results.filter((e) => e.vacancyId !== 'X-extra').map((e) => [e.vacancyId, e.rank, e.score]);
        expect(ranks(after)).toEqual(ranks(before));
      }),
    );
  });

  it('gives the same output whatever the input order', () => {
    fc.assert(
      fc.property(referralArb('R'), vacanciesArb(8), fc.nat(), (r, vs, seed) => {
        expect(matchReferral(r, shuffle(vs, seed), { locator })).toEqual(matchReferral(r, vs, { locator }));
      }),
    );
  });
});

/** The best total of score × children over every way of placing each whole group in one vacancy or nowhere. */
function bruteForce(
  referrals: ReturnType<typeof referral>[],
  vacancies: ReturnType<typeof vacancy>[],
): number {
  const options = referrals.map((r) => {
    const scores = new Map(
      matchReferral(r, vacancies, { locator })
        .results.filter((e) => e.eligible)
        .map((e) => [e.vacancyId, e.score]),
    );
    return { size: (r.siblingCount ?? 0) + 1, scores };
  });
  const room = new Map(vacancies.map((v) => [v.id, v.placesFree]));
  const search = (k: number): number => {
    const option = options[k];
    if (!option) return 0;
    let best = search(k + 1);
    for (const [id, score] of option.scores) {
      const left = room.get(id) ?? 0;
      if (left < option.size) continue;
      room.set(id, left - option.size);
      best = Math.max(best, score * option.size + search(k + 1));
      room.set(id, left);
    }
    return best;
  };
  return search(0);
}

/** The best [today, within 5 days, later] children placed, then total score, lexicographically. */
function bruteForceFair(
  referrals: ReturnType<typeof referral>[],
  vacancies: ReturnType<typeof vacancy>[],
): number[] {
  const tier = { today: 0, 'within-5-days': 1, 'more-than-5-days': 2 } as const;
  const options = referrals.map((r) => ({
    size: (r.siblingCount ?? 0) + 1,
    tier: tier[r.urgency],
    scores: new Map(
      matchReferral(r, vacancies, { locator })
        .results.filter((e) => e.eligible)
        .map((e) => [e.vacancyId, e.score]),
    ),
  }));
  const room = new Map(vacancies.map((v) => [v.id, v.placesFree]));
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number);
    return (a[3] as number) > (b[3] as number) + 1e-9;
  };
  const search = (k: number): number[] => {
    const option = options[k];
    if (!option) return [0, 0, 0, 0];
    let best = search(k + 1);
    for (const [id, score] of option.scores) {
      const left = room.get(id) ?? 0;
      if (left < option.size) continue;
      room.set(id, left - option.size);
      const rest = [...search(k + 1)];
      rest[option.tier] = (rest[option.tier] as number) + option.size;
      rest[3] = (rest[3] as number) + score * option.size;
      if (better(rest, best)) best = rest;
      room.set(id, left);
    }
    return best;
  };
  return search(0);
}

/**
 * The max-min optimum, lexicographically: the most children placed, then the lowest score of any placed
 * child (0 when none is), then the total.
 */
function bruteForceMaxMin(
  referrals: ReturnType<typeof referral>[],
  vacancies: ReturnType<typeof vacancy>[],
): { placed: number; worst: number; total: number } {
  const options = referrals.map((r) => ({
    size: (r.siblingCount ?? 0) + 1,
    scores: matchReferral(r, vacancies, { locator })
      .results.filter((e) => e.eligible)
      .map((e) => [e.vacancyId, e.score] as const),
  }));
  const room = new Map(vacancies.map((v) => [v.id, v.placesFree]));
  let best = { placed: 0, worst: 0, total: 0 };
  const search = (k: number, placed: number, worst: number, total: number): void => {
    const option = options[k];
    if (!option) {
      const low = placed === 0 ? 0 : worst;
      if (
        placed > best.placed ||
        (placed === best.placed && low > best.worst + 1e-9) ||
        (placed === best.placed && Math.abs(low - best.worst) <= 1e-9 && total > best.total + 1e-9)
      )
        best = { placed, worst: low, total };
      return;
    }
    search(k + 1, placed, worst, total);
    for (const [id, score] of option.scores) {
      const left = room.get(id) ?? 0;
      if (left < option.size) continue;
      room.set(id, left - option.size);
      search(k + 1, placed + option.size, Math.min(worst, score), total + score * option.size);
      room.set(id, left);
    }
  };
  search(0, 0, 1, 0);
  return best;
}

/** Checks capacity is never exceeded and each sibling group that may not split sits whole in one vacancy. */
function expectFeasible(
  result: ReturnType<typeof assignPlacements>,
  rs: ReturnType<typeof referral>[],
  vs: ReturnType<typeof vacancy>[],
): void {
  const used = new Map<string, number>();
  for (const a of result.assignments) used.set(a.vacancyId, (used.get(a.vacancyId) ?? 0) + a.places);
  for (const v of vs) expect(used.get(v.id) ?? 0).toBeLessThanOrEqual(v.placesFree);
  for (const r of rs) {
    const mine = result.assignments.filter((a) => a.referralId === r.id);
    if (!r.siblingSplitAllowed && mine.length > 0) {
      expect(mine).toHaveLength(1);
      expect(mine[0]?.places).toBe((r.siblingCount ?? 0) + 1);
    }
  }
  expect(result.upperBound).toBeGreaterThanOrEqual(result.totalScore - 1e-9);
  expect(result.gap).toBeGreaterThanOrEqual(0);
}

describe('assignPlacements properties', () => {
  const instance = fc
    .integer({ min: 1, max: 5 })
    .chain((n) =>
      fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => referralArb(`R${i}`))), vacanciesArb(4)),
    );

  it('equals a brute-force optimum on small instances, and is never below greedy', () => {
    fc.assert(
      fc.property(instance, ([rs, vs]) => {
        const result = assignPlacements(rs, vs, { locator });
        expect(result.optimal).toBe(true);
        expect(result.totalScore).toBeCloseTo(bruteForce(rs, vs), 5);
        expect(result.totalScore).toBeGreaterThanOrEqual(result.greedy.totalScore - 1e-9);
        const used = new Map<string, number>();
        for (const a of result.assignments) used.set(a.vacancyId, (used.get(a.vacancyId) ?? 0) + a.places);
        for (const v of vs) expect(used.get(v.id) ?? 0).toBeLessThanOrEqual(v.placesFree);
      }),
      { numRuns: 200 },
    );
  });

  it('with urgency fairness, places the most children by urgency tier, then maximises score', () => {
    fc.assert(
      fc.property(instance, ([rs, vs]) => {
        const result = assignPlacements(rs, vs, { locator, fairness: 'urgency' });
        const tierOf = new Map(rs.map((r) => [r.id, r.urgency]));
        const placed = ['today', 'within-5-days', 'more-than-5-days'].map((t) =>
          result.assignments.filter((a) => tierOf.get(a.referralId) === t).reduce((n, a) => n + a.places, 0),
        );
        const best = bruteForceFair(rs, vs);
        expect(placed).toEqual(best.slice(0, 3));
        expect(result.totalScore).toBeCloseTo(best[3] as number, 5);
      }),
      { numRuns: 150 },
    );
  });

  it('with objective max-min, places the most children, then maximises the worst-off placed child’s score, then the total', () => {
    fc.assert(
      fc.property(instance, ([rs, vs]) => {
        const result = assignPlacements(rs, vs, { locator, objective: 'max-min' });
        expectFeasible(result, rs, vs);
        const best = bruteForceMaxMin(rs, vs);
        expect(result.optimal).toBe(true);
        expect(result.placedChildren).toBe(best.placed);
        expect(result.worstScore).toBeCloseTo(best.worst, 5);
        expect(result.totalScore).toBeCloseTo(best.total, 5);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps capacity and sibling groups whole, with a valid bound, however short the time limit', () => {
    fc.assert(
      fc.property(instance, fc.constantFrom(0, 1, 5), ([rs, vs], timeLimitMs) => {
        const result = assignPlacements(rs, vs, { locator, timeLimitMs });
        expectFeasible(result, rs, vs);
        // The bound (flow, Lagrangian or both) is never below the true optimum.
        expect(result.upperBound).toBeGreaterThanOrEqual(bruteForce(rs, vs) - 1e-6);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same assignment whatever the input order', () => {
    fc.assert(
      fc.property(instance, fc.nat(), ([rs, vs], seed) => {
        expect(
          assignPlacements(shuffle(rs, seed), shuffle(vs, seed + 1), { locator, fairness: 'urgency' }),
        ).toEqual(assignPlacements(rs, vs, { locator, fairness: 'urgency' }));
      }),
    );
  });
});

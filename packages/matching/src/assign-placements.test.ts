import { describe, expect, it } from 'vitest';
import { locator, referral, vacancy } from '../test/fixtures.js';
import { assignPlacements } from './assign-placements.js';

describe('assignPlacements', () => {
  it('beats greedy when the first referral’s favourite is the only vacancy another can use', () => {
    // R1 is fine anywhere; R2 (a boy) can only go to NEAR. Greedy gives NEAR to R1 first and leaves R2 out.
    const r1 = referral({ id: 'R1', urgency: 'today' });
    const r2 = referral({ id: 'R2', sex: 'male', childId: 'C2', home: { postcode: 'M1 1' } });
    const near = vacancy('NEAR');
    const far = vacancy('FAR', { sexes: ['female'], location: { postcode: 'BD1 1' } });
    const result = assignPlacements([r1, r2], [near, far], { locator });
    expect(result.assignments.map((a) => [a.referralId, a.vacancyId])).toEqual([
      ['R1', 'FAR'],
      ['R2', 'NEAR'],
    ]);
    expect(result.greedy.assignments.map((a) => [a.referralId, a.vacancyId])).toEqual([['R1', 'NEAR']]);
    expect(result.totalScore).toBeGreaterThan(result.greedy.totalScore);
    expect(result.optimal).toBe(true);
    expect(result.greedy.unmatched[0]).toMatchObject({
      referralId: 'R2',
      childrenUnplaced: 1,
      reasons: [{ code: 'places-taken' }],
    });
  });

  it('keeps a sibling group together in one vacancy with enough places', () => {
    const group = referral({ id: 'G', siblingCount: 2 });
    const single = referral({ id: 'S' });
    const vs = [
      vacancy('TWO', {}, { placesFree: 2 }),
      vacancy('THREE', { location: { postcode: 'WF1 1' } }, { placesFree: 3 }),
    ];
    const result = assignPlacements([group, single], vs, { locator });
    expect(result.assignments).toEqual([
      expect.objectContaining({ referralId: 'G', vacancyId: 'THREE', places: 3 }),
      expect.objectContaining({ referralId: 'S', vacancyId: 'TWO', places: 1 }),
    ]);
    expect(result.placedChildren).toBe(4);
  });

  it('branches when the flow relaxation splits a group, and still finds the whole-group optimum', () => {
    // Two 2-child groups, vacancies of 3 and 1 places: the relaxation can place 4 children; only 2 fit whole.
    const a = referral({ id: 'A', siblingCount: 1 });
    const b = referral({ id: 'B', siblingCount: 1, home: { postcode: 'BD1 1' } });
    const vs = [
      vacancy('BIG', {}, { placesFree: 3 }),
      vacancy('ONE', { location: { postcode: 'BD1 1' } }, { placesFree: 1 }),
    ];
    const result = assignPlacements([a, b], vs, { locator });
    expect(result.placedChildren).toBe(2);
    expect(result.assignments).toHaveLength(1);
    expect(result.assignments[0]?.places).toBe(2);
    expect(result.unmatched).toHaveLength(1);
    // One relaxation stops the branch and bound; the Lagrangian bound (BIG's knapsack holds one group of
    // two, ONE's none) still proves the same total optimal.
    const cut = assignPlacements([a, b], vs, { locator, maxBranchNodes: 1 });
    expect(cut.relaxations).toBe(1);
    expect(cut.assignments.every((x) => x.places === 2)).toBe(true);
    expect(cut.totalScore).toBe(result.totalScore);
    expect(cut.optimal).toBe(true);
    expect(cut.upperBound).toBe(cut.totalScore);
  });

  it('splits a group across vacancies when the referral allows it', () => {
    const group = referral({ id: 'G', siblingCount: 1, siblingSplitAllowed: true });
    const result = assignPlacements([group], [vacancy('A'), vacancy('B')], { locator });
    expect(result.assignments.map((x) => [x.vacancyId, x.places])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
  });

  it('places urgent referrals first when fairness is on, even at a lower total score', () => {
    const calm = referral({ id: 'CALM', urgency: 'more-than-5-days' });
    const urgent = referral({ id: 'URGENT', urgency: 'today', home: { postcode: 'M1 1' } });
    const only = vacancy('ONLY');
    expect(assignPlacements([calm, urgent], [only], { locator }).assignments[0]?.referralId).toBe('CALM');
    expect(
      assignPlacements([calm, urgent], [only], { locator, fairness: 'urgency' }).assignments[0]?.referralId,
    ).toBe('URGENT');
  });

  it('says why a referral had no eligible vacancy, commonest reason first', () => {
    const boy = referral({ id: 'B', sex: 'male', risks: ['fire-setting'] });
    const vs = [vacancy('A', { sexes: ['female'] }), vacancy('C', { sexes: ['female'] })];
    const [unmatched] = assignPlacements([boy], vs, { locator }).unmatched;
    expect(unmatched).toMatchObject({ referralId: 'B', eligibleVacancies: 0, childrenUnplaced: 1 });
    expect(unmatched?.reasons.map((r) => [r.code, r.vacancies])).toEqual([
      ['sex', 2],
      ['risk-not-accepted', 2],
    ]);
  });
});

import { coverageOf, derivePeriodsOfCare, derivePlacements, readReturn } from '@placewise/ssda903';
import { computeIndicators } from '@placewise/sufficiency';
import { describe, expect, it } from 'vitest';
import { buildFlowModel } from './flow-model.js';
import { groupPieces } from './internal/pieces.js';
import { resolveStates } from './internal/prepare.js';
import { mergeReturns } from './merge-returns.js';
import { observeDemand } from './observe-demand.js';

// A 2024-25 return written by hand as a case-management system exports it (DD/MM/YYYY dates).
//   A: U4 → T1 (hospital) → back to the same U4 carer: 1 placement, 1 period of care.
//   B: U4 → T1 → a children's home (K2), not back: 2 placements, 1 period; the T1 days stay with the U4.
//   C: a short break (LS V3) in April, then an ordinary period from November: 1 placement, 1 period.
const header = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
A,2,01/03/2012,WBRI,,,
B,1,15/07/2009,WBRI,,,
C,2,10/06/2015,MWBC,,,
`;
const episodes = `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
A,01/05/2024,S,C2,N1,U4,PR1,01/08/2024,X1,,LS1 1AA,LS1 2AB,
A,01/08/2024,P,C2,N1,T1,PR0,20/08/2024,X1,,LS1 1AA,LS9 7TF,
A,20/08/2024,P,C2,N1,U4,PR1,,,,LS1 1AA,LS1 2AB,
B,01/06/2024,S,C2,N4,U4,PR1,01/09/2024,X1,,LS6 1AA,LS7 3BB,
B,01/09/2024,P,C2,N4,T1,PR0,15/09/2024,X1,,LS6 1AA,LS9 7TF,
B,15/09/2024,P,C2,N4,K2,PR4,,,CARPL,LS6 1AA,BD1 1AA,SC123456
C,10/04/2024,S,V3,N1,U4,PR1,12/04/2024,E17,,LS8 1AA,LS8 2CC,
C,01/11/2024,S,C2,N1,U4,PR1,,,,LS8 1AA,LS8 2CC,
`;
const read = readReturn([
  { name: 'header.csv', content: header },
  { name: 'episodes.csv', content: episodes },
]);
const { value: history } = mergeReturns([
  { collectionYear: '2024-25', ...read.value, coverage: coverageOf(read) },
]);
const year = { from: '2024-04-01', to: '2025-03-31' };

describe('the forecast counts placements and periods of care as @placewise/ssda903 derives them', () => {
  it('reads the hand-written return whole', () => {
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(history.episodes).toHaveLength(8);
    expect(history.coverage?.status).toBe('complete');
  });

  it('gives each child the placements and periods counted by hand, as derivePlacements does', () => {
    const byHand = {
      A: { placements: 1, periods: 1 },
      B: { placements: 2, periods: 1 },
      C: { placements: 1, periods: 1 },
    };
    const { children } = groupPieces(history, resolveStates(year));
    const placements = derivePlacements(history.episodes).value;
    const periods = derivePeriodsOfCare(history.episodes);
    const ids = ['A', 'B', 'C'] as const;
    ids.forEach((id, i) => {
      const pieces = children[i]?.pieces ?? [];
      expect({ placements: pieces.length, periods: pieces.filter((p) => p.startsPeriod).length }).toEqual(
        byHand[id],
      );
      expect(placements.filter((p) => p.childId === id)).toHaveLength(byHand[id].placements);
      expect(periods.filter((p) => p.childId === id)).toHaveLength(byHand[id].periods);
    });
  });

  it('puts the hospital days in the placement they interrupt, not in `other`', () => {
    const { value: model } = buildFlowModel(history, year);
    const state = (id: string) => model.states.findIndex((s) => s.id === id);
    // A: 1 May 2024 – 31 March 2025 in one fostering placement, 335 days (31+30+31+31+30+31+30+31+31+28+31).
    // B: U4 from 1 June to 14 September (106 days: 30+31+31+14) including the T1, then K2 to 31 March (198 days).
    // C: 1 November – 31 March, 151 days (30+31+31+28+31); the short break is left out.
    expect(model.exposureDays[state('10-15/fostering')]).toBe(335 + 106);
    expect(model.exposureDays[state('5-9/fostering')]).toBe(151);
    expect(model.exposureDays[state('10-15/residential')]).toBe(198);
    const other = model.states.flatMap((s, i) => (s.category === 'other' ? [model.exposureDays[i]] : []));
    expect(other.every((days) => days === 0)).toBe(true);
    expect(model.transitionCounts[state('10-15/fostering')]?.[state('10-15/residential')]).toBe(1);
    expect(model.transitionCounts.flat().reduce((a, b) => a + b, 0)).toBe(1);
    expect(model.entryCounts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(model.leaveCounts.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('agrees with computeIndicators on who is looked after, where, and how many placements began', () => {
    const placements = derivePlacements(history.episodes).value;
    const { value: indicators } = computeIndicators(
      { children: history.children, episodes: history.episodes, placements },
      { collectionYear: '2024-25' },
    );
    const { value: model } = buildFlowModel(history, year);
    const { value: observed } = observeDemand(history, year);
    const stockOf = (category: string) =>
      model.states.reduce(
        (sum, s, i) => (s.category === category ? sum + (model.stock[i] as number) : sum),
        0,
      );
    // Looked after at 31 March 2025: A, B and C (by hand), 2 fostered and 1 in a children's home.
    expect(indicators.claAt31March.total).toBe(3);
    expect(model.stock.reduce((a, b) => a + b, 0)).toBe(3);
    expect(observed.total.at(-1)).toBe(3);
    expect(indicators.placementMixAt31March.byCategory['fostering-in-house']).toBe(stockOf('fostering'));
    expect(indicators.placementMixAt31March.byCategory['childrens-home']).toBe(stockOf('residential'));
    // Started care in the year: A, B, C once each (C's short break is not a period of care).
    expect(indicators.startedDuringYear.total).toBe(3);
    // Placements begun in the year: 1 + 2 + 1, the forecast's pieces (all begun in the year).
    const pieces = groupPieces(history, resolveStates(year)).children.flatMap((c) => c.pieces);
    expect(indicators.distanceLocality.placementsStartedInYear.total).toBe(4);
    expect(pieces).toHaveLength(4);
  });

  it('observes each child on a temporary move in the placement it interrupted, never in `other`', () => {
    const { value } = observeDemand(history, year);
    const on = (date: string) => value.dates.indexOf(date);
    expect(value.byCategory.other?.every((n) => n === 0)).toBe(true);
    // 10 August: A in hospital, B still with the U4 carer. 10 September: A back, B in hospital.
    expect(value.byCategory.fostering?.[on('2024-08-10')]).toBe(2);
    expect(value.byCategory.fostering?.[on('2024-09-10')]).toBe(2);
    // 20 September: B in the children's home.
    expect(value.byCategory.residential?.[on('2024-09-20')]).toBe(1);
  });
});

describe('groupPieces: a period of care that begins with a temporary move', () => {
  const episode = (start: string, placementType: string, end?: string) => ({
    childId: 'D',
    start,
    ...(end ? { end } : {}),
    reasonNewEpisode: start === '2024-05-01' ? 'S' : 'P',
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType,
    placementProvider: 'PR1',
  });
  const child = { id: 'D', sex: 'female' as const, dateOfBirth: '2012-01-01', uasc: false };

  it('keeps the days before the first placement in the temporary episode’s own category', () => {
    const history = {
      children: [child],
      episodes: [episode('2024-05-01', 'T1', '2024-05-10'), episode('2024-05-10', 'U4')],
    };
    const { children } = groupPieces(history, resolveStates(year));
    const categories = resolveStates(year);
    const other = categories.categoryIndexOf({ placementType: 'T1' });
    const fostering = categories.categoryIndexOf({ placementType: 'U4', placementProvider: 'PR1' });
    expect(children[0]?.pieces.map((p) => [p.category, p.startsPeriod])).toEqual([
      [other, true],
      [fostering, false],
    ]);
    expect(derivePlacements(history.episodes).value).toHaveLength(1);
  });

  it('keeps a period holding only a temporary move, so the child is still in care', () => {
    const history = { children: [child], episodes: [episode('2024-05-01', 'T1', '2024-05-10')] };
    const { children } = groupPieces(history, resolveStates(year));
    expect(children[0]?.pieces).toHaveLength(1);
    expect(derivePlacements(history.episodes).value).toHaveLength(0);
    expect(derivePeriodsOfCare(history.episodes)).toHaveLength(1);
  });
});

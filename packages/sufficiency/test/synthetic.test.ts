import type { Episode } from '@placewise/model';
import { generateAuthority } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../src/indicators/compute-indicators.js';
import { buildSufficiencyReport } from '../src/report/build-report.js';

// An independent recount of the figures, written straight from the DfE definitions over the raw episodes,
// deliberately not reusing `derivePlacements` or `derivePeriodsOfCare`.
const YEAR_START = '2024-04-01';
const YEAR_END = '2025-03-31';
const isBreak = (e: Episode) => e.legalStatus === 'V3' || e.legalStatus === 'V4';
const isTemp = (e: Episode) => /^T\d$/.test(e.placementType);

function recount(episodes: readonly Episode[]) {
  const byChild = new Map<string, Episode[]>();
  for (const e of episodes) if (!isBreak(e)) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
  let cla = 0;
  let started = 0;
  let threePlus = 0;
  let twoOf = 0;
  let two = 0;
  let ltsOf = 0;
  let lts = 0;
  const mix: Record<string, number> = {};
  for (const list of byChild.values()) {
    list.sort((a, b) => a.start.localeCompare(b.start));
    if (
      list.some(
        (e, i) =>
          e.start >= YEAR_START &&
          e.start <= YEAR_END &&
          (i === 0 || e.reasonNewEpisode === 'S' || list[i - 1]?.end !== e.start),
      )
    )
      started++;
    const openIdx = list.findIndex((e) => e.start <= YEAR_END && (e.end === undefined || e.end > YEAR_END));
    if (openIdx < 0) continue;
    const open = list[openIdx] as Episode;
    cla++;
    // Placements as runs of episodes: L continues; a temporary move is no placement, and coming back to the
    // same PLACE and postcode continues the run left (else that run ended when the move began); T/U keep
    // the carer's start date.
    type Run = { start: string; end: string | undefined; carer: string; type: string; period: number };
    const runs: Run[] = [];
    let home: Episode | undefined;
    let awaySince: string | undefined;
    let period = -1;
    let periodStart = '';
    let usual = open;
    const squash = (x: Episode) =>
      `${x.placementType}|${(x.placementPostcode ?? '').replace(/\s/g, '').toUpperCase()}`;
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as Episode;
      const fresh = i === 0 || e.reasonNewEpisode === 'S' || list[i - 1]?.end !== e.start;
      const last = runs[runs.length - 1];
      if (fresh) {
        if (awaySince !== undefined && last && last.end !== undefined) last.end = awaySince;
        home = undefined;
        awaySince = undefined;
        period++;
        if (i <= openIdx) periodStart = e.start;
      }
      if (isTemp(e)) {
        if (home && last) {
          awaySince ??= e.start;
          last.end = e.end;
        }
        continue;
      }
      if (i <= openIdx && e.start >= periodStart) usual = e;
      const continues =
        home !== undefined &&
        (awaySince !== undefined ? squash(e) === squash(home) : e.reasonNewEpisode === 'L');
      if (continues && last) {
        last.end = e.end;
      } else {
        if (awaySince !== undefined && last) last.end = awaySince;
        const sameCarer = home !== undefined && (e.reasonNewEpisode === 'T' || e.reasonNewEpisode === 'U');
        runs.push({
          start: e.start,
          end: e.end,
          carer: sameCarer && last ? last.carer : e.start,
          type: e.placementType,
          period,
        });
        home = e;
      }
      awaySince = undefined;
    }
    mix[usual.placementType] = (mix[usual.placementType] ?? 0) + 1;
    const overlapping = (from: string) =>
      runs.filter((r) => r.start <= YEAR_END && (r.end === undefined || r.end >= from)).length;
    if (overlapping(YEAR_START) >= 3) threePlus++;
    if (periodStart <= '2023-03-31') {
      twoOf++;
      if (overlapping('2023-04-01') >= 3) two++;
    }
    const mine = runs.filter((r) => r.start >= periodStart && r.start <= YEAR_END);
    const now = mine.find((r) => r.end === undefined || r.end > YEAR_END);
    const before = now ? mine[mine.indexOf(now) - 1] : undefined;
    const dob = childDob.get(open.childId) as string;
    const age =
      Number(YEAR_END.slice(0, 4)) - Number(dob.slice(0, 4)) - (YEAR_END.slice(5) < dob.slice(5) ? 1 : 0);
    if (age < 16 && periodStart <= '2022-09-30') {
      ltsOf++;
      const adopted =
        now && /^A[3-6]$/.test(now.type) && before?.end === now.start && before.carer <= '2023-03-31';
      if (now && (now.carer <= '2023-03-31' || adopted)) lts++;
    }
  }
  return { cla, started, threePlus, twoOf, two, ltsOf, lts, mix };
}

const authority = generateAuthority({
  seed: 11,
  children: 600,
  authority: 'E08000035',
  startYear: 2021,
  years: 4,
});
const childDob = new Map(authority.children.map((c) => [c.id, c.dateOfBirth]));

describe('indicators on a synthetic authority agree with an independent recount', () => {
  const { value } = computeIndicators(
    { children: authority.children, episodes: authority.episodes, placements: authority.placements },
    { collectionYear: '2024-25' },
  );
  const expected = recount(authority.episodes);

  it('children looked after, starts and placement mix', () => {
    expect(value.claAt31March.total).toBeGreaterThan(100);
    expect(value.claAt31March.total).toBe(expected.cla);
    expect(value.startedDuringYear.total).toBe(expected.started);
    expect(value.placementMixAt31March.byPlaceCode).toEqual(
      Object.fromEntries(Object.entries(expected.mix).sort(([a], [b]) => a.localeCompare(b))),
    );
  });

  it('stability measures', () => {
    expect(expected.threePlus).toBeGreaterThan(0);
    expect(expected.lts).toBeGreaterThan(0);
    expect(value.threeOrMorePlacements.count).toBe(expected.threePlus);
    expect(value.longTermStability.of).toBe(expected.ltsOf);
    expect(value.longTermStability.count).toBe(expected.lts);
    expect(value.threeOrMorePlacementsInTwoYears.of).toBe(expected.twoOf);
    expect(value.threeOrMorePlacementsInTwoYears.count).toBe(expected.two);
  });

  it('distance bands at 31 March add up and match the synthetic placements', () => {
    const d = value.distanceLocality.at31March;
    expect(d.inside20OrLess + d.insideOver20 + d.outside20OrLess + d.outsideOver20 + d.notKnown).toBe(
      d.total,
    );
    expect(d.total).toBe(value.claAt31March.total);
    const out = authority.placements.filter(
      (p) =>
        p.category !== 'temporary' &&
        p.start <= YEAR_END &&
        (p.end === undefined || p.end > YEAR_END) &&
        p.locality === 'OUT',
    );
    const cla = new Set(
      authority.episodes
        .filter((e) => !isBreak(e) && e.start <= YEAR_END && (e.end === undefined || e.end > YEAR_END))
        .map((e) => e.childId),
    );
    const outChildren = new Set(
      out.filter((p) => cla.has(p.childId) && p.distanceMiles !== undefined).map((p) => p.childId),
    );
    expect(d.outside20OrLess + d.outsideOver20).toBe(outChildren.size);
  });

  it('a full report on the authority runs the English rules and the gap table', () => {
    const { value: report } = buildSufficiencyReport(
      {
        children: authority.children,
        episodes: authority.episodes,
        placements: authority.placements,
        settings: authority.settings,
        responsibleAuthority: 'E08000035',
      },
      { collectionYear: '2024-25', nation: 'england', vacancies: authority.vacancies },
    );
    expect(report.gap.gaps.reduce((n, g) => n + g.children, 0)).toBe(report.indicators.claAt31March.total);
    expect(report.findings.every((f) => f.ruleId.startsWith('ENG-'))).toBe(true);
  });
});

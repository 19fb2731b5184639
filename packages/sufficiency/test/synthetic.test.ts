import type { Episode } from '@placewise/model';
import { generateAuthority } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../src/indicators/compute-indicators.js';
import { buildSufficiencyReport } from '../src/report/build-report.js';

// An independent recount of the figures, written straight from the DfE definitions over the raw episodes,
// deliberately not reusing the package's care-history code.
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
    mix[open.placementType] = (mix[open.placementType] ?? 0) + 1;
    // Placements as runs of episodes; count those touching the year.
    const runs: { start: string; end: string | undefined }[] = [];
    let home: Episode | undefined;
    let away = false;
    let chainStart = open.start;
    let placedFrom = open.start;
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as Episode;
      const fresh = i === 0 || e.reasonNewEpisode === 'S' || list[i - 1]?.end !== e.start;
      if (fresh) home = undefined;
      if (i <= openIdx && fresh) chainStart = e.start;
      if (isTemp(e)) {
        away = home !== undefined;
        continue;
      }
      const squash = (x: Episode) =>
        `${x.placementType}|${(x.placementPostcode ?? '').replace(/\s/g, '').toUpperCase()}`;
      const continues =
        home !== undefined &&
        (away
          ? squash(e) === squash(home)
          : e.reasonNewEpisode === 'L' ||
            (['A3', 'A5'].includes(e.placementType) && home.placementType.startsWith('U')));
      away = false;
      if (continues) {
        (runs[runs.length - 1] as { end: string | undefined }).end = e.end;
      } else {
        home = e;
        runs.push({ start: e.start, end: e.end });
        if (i <= openIdx) placedFrom = e.start;
      }
    }
    const count = runs.filter(
      (r) => r.start <= YEAR_END && (r.end === undefined || r.end >= YEAR_START),
    ).length;
    if (count >= 3) threePlus++;
    const dob = childDob.get(open.childId) as string;
    const age =
      Number(YEAR_END.slice(0, 4)) - Number(dob.slice(0, 4)) - (YEAR_END.slice(5) < dob.slice(5) ? 1 : 0);
    if (age < 16 && chainStart <= '2022-09-30') {
      ltsOf++;
      if (placedFrom <= '2023-03-31') lts++;
    }
  }
  return { cla, started, threePlus, ltsOf, lts, mix };
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

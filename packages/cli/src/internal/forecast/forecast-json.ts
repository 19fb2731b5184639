import type {
  CompareScenariosResult,
  LongitudinalHistory,
  ObservedDemand,
  ProjectedSpendYear,
  ScenarioComparison,
  SeriesIntervals,
  YearEndFigure,
} from '@placewise/forecast';
import type { Issue } from '@placewise/model';
import type { ReadReturnsByYearResult } from '@placewise/ssda903';

const round1 = (v: number) => Math.round(v * 10) / 10;
const series = (expected: readonly number[], band: SeriesIntervals) => ({
  expected: expected.map(round1),
  lower80: band.lower80.map(round1),
  upper80: band.upper80.map(round1),
  lower95: band.lower95.map(round1),
  upper95: band.upper95.map(round1),
});
const figure = (f: YearEndFigure) => ({
  expected: round1(f.expected),
  lower80: round1(f.lower80),
  upper80: round1(f.upper80),
  lower95: round1(f.lower95),
  upper95: round1(f.upper95),
});

/** The `--json` document: counts rounded to 1 decimal place (as in the xlsx and CSV), money in pence. */
export function forecastJson(parts: {
  from: string;
  to: string;
  horizonDays: number;
  step: string;
  samples: number;
  seed: number;
  history: LongitudinalHistory;
  read: ReadReturnsByYearResult;
  result: CompareScenariosResult;
  comparison: ScenarioComparison;
  observed: ObservedDemand;
  spend: ProjectedSpendYear[] | undefined;
  issues: Issue[];
}) {
  const { comparison, observed, result } = parts;
  const { projection, intervals, model, yearEnds } = comparison.scenarios[0]?.forecast ?? ({} as never);
  return {
    status: result.status,
    ...(result.reason ? { reason: result.reason } : {}),
    coverage: result.coverage,
    from: parts.from,
    to: parts.to,
    horizonDays: parts.horizonDays,
    step: parts.step,
    samples: parts.samples,
    seed: parts.seed,
    collectionYears: parts.read.value.map((y) => y.collectionYear),
    merge: parts.history.merge,
    categories: projection.categories,
    children: model.children,
    history: { dates: observed.dates, byCategory: observed.byCategory, total: observed.total },
    projection: {
      dates: projection.dates,
      byCategory: Object.fromEntries(
        projection.categories.map((c) => [
          c,
          series(projection.byCategory[c] ?? [], intervals.byCategory[c] as SeriesIntervals),
        ]),
      ),
      total: series(projection.total, intervals.total),
    },
    yearEnds: yearEnds.map((p) => ({
      date: p.date,
      byCategory: Object.fromEntries(Object.entries(p.byCategory).map(([c, f]) => [c, figure(f)])),
      total: figure(p.total),
    })),
    scenarios: comparison.rows.map((r) => ({
      scenario: r.scenario,
      date: r.date,
      category: r.category,
      ...figure(r),
    })),
    rates: {
      states: model.states.map((s) => s.id),
      entryPerDay: model.entryRates,
      leavePerDay: model.leaveRates,
      transitionPerDay: model.transitionRates,
      exposureDays: model.exposureDays,
    },
    ...(parts.spend ? { spend: parts.spend } : {}),
    issues: parts.issues,
  };
}

import { CATEGORY_LABELS, type DfeGrouping } from '@placewise/model';
import {
  type DistanceLocality,
  type DistanceLocalityBand,
  isMostlyUnknown,
} from '../indicators/distance-locality.js';
import type { Proportion } from '../indicators/sufficiency-indicators.js';
import type { SufficiencyReport } from '../report/sufficiency-report.js';
import { AGE_BAND_LABELS, BAND_LABELS, GROUPING_LABELS, SEVERITY_LABELS } from './labels.js';

/** A table both renderers draw: a header and rows of text cells. */
export interface ReportTable {
  header: string[];
  rows: string[][];
}

const pct = (p: Proportion | null | undefined) =>
  p ? `${p.percentage === null ? '–' : `${p.percentage}%`} (${p.count} of ${p.of})` : 'not published';
const share = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((n / of) * 100)}%`);
const BANDS: DistanceLocalityBand[] = [
  'inside20OrLess',
  'insideOver20',
  'outside20OrLess',
  'outsideOver20',
  'notKnown',
];

/** The UASC count, or "not known" when the return had no UASC table (a 0 there would be false). */
const uascAt31March = (u: { at31March: number; recorded: boolean }) =>
  u.recorded ? String(u.at31March) : 'not known (the return has no UASC table)';

/** Key figures with published comparators. */
export function keyFigures(report: SufficiencyReport): ReportTable {
  const i = report.indicators;
  const s = report.comparators?.stability;
  const year = report.comparators
    ? ` (${report.comparators.year - 1}-${String(report.comparators.year).slice(2)})`
    : '';
  const rate = i.claAt31March.ratePer10000 === undefined ? '' : `, ${i.claAt31March.ratePer10000} per 10,000`;
  return {
    header: ['Indicator', 'This return', `Published: this authority${year}`, `Published: England${year}`],
    rows: [
      ['Children looked after at 31 March', `${i.claAt31March.total}${rate}`, '', ''],
      ['Started to be looked after in the year', String(i.startedDuringYear.total), '', ''],
      ['Ceased to be looked after in the year', String(i.ceasedDuringYear.total), '', ''],
      [
        'Three or more placements in the year',
        pct(i.threeOrMorePlacements),
        pct(s?.authority?.threeOrMorePlacements),
        pct(s?.england?.threeOrMorePlacements),
      ],
      [
        'Three or more placements in the previous 2 years (looked after 2+ years)',
        pct(i.threeOrMorePlacementsInTwoYears),
        '',
        '',
      ],
      [
        'Long-term stability (under 16, same carer 2+ years)',
        pct(i.longTermStability),
        pct(s?.authority?.longTermStability),
        pct(s?.england?.longTermStability),
      ],
      ['Under 16 in other arrangements at 31 March', String(i.under16OtherArrangements.total), '', ''],
      ['Unaccompanied asylum-seeking children at 31 March', uascAt31March(i.uasc), '', ''],
    ],
  };
}

/** Children at 31 March by DfE placement grouping. */
export function placementMix(report: SufficiencyReport): ReportTable {
  const mix = report.indicators.placementMixAt31March.byDfeGrouping;
  const total = report.indicators.claAt31March.total;
  return {
    header: ['Placement', 'Children', 'Share'],
    rows: (Object.entries(mix) as [DfeGrouping, number][])
      .filter(([, n]) => n > 0)
      .map(([g, n]) => [GROUPING_LABELS[g], String(n), share(n, total)]),
  };
}

/** Children by age band at 31 March. */
export function ageBands(report: SufficiencyReport): ReportTable {
  const c = report.indicators.claAt31March;
  return {
    header: ['Age at 31 March', 'Children', 'Share'],
    rows: Object.entries(c.byAgeBand).map(([b, n]) => [
      AGE_BAND_LABELS[b as keyof typeof AGE_BAND_LABELS],
      String(n),
      share(n, c.total),
    ]),
  };
}

/**
 * Distance and locality bands, with England's shares. Sector-based distances are labelled approximate; where
 * distance is not known for most children the shares are shown as unknown, never as 0% placed away.
 */
export function distanceTable(report: SufficiencyReport): ReportTable {
  const own = report.indicators.distanceLocality;
  const england: DistanceLocality | null | undefined = report.comparators?.englandDistanceLocality;
  const unknown = isMostlyUnknown(own.at31March);
  return {
    header: [
      'Where children live',
      'At 31 March',
      own.approximate ? 'Share (approximate)' : 'Share',
      'Placements started in year',
      'England at 31 March',
    ],
    rows: BANDS.map((b) => [
      BAND_LABELS[b],
      String(own.at31March[b]),
      unknown && b !== 'notKnown' ? 'unknown' : share(own.at31March[b], own.at31March.total),
      String(own.placementsStartedInYear[b]),
      england ? share(england[b], england.total) : '–',
    ]),
  };
}

/** Rule findings by rule, then the rules the return cannot assess (no count stands in for them). */
export function findingsTable(report: SufficiencyReport): ReportTable {
  return {
    header: ['Rule', 'What it checks', 'Severity', 'Findings', 'Children'],
    rows: [
      ...report.findingSummary.map((s) => [
        s.ruleId,
        s.title,
        SEVERITY_LABELS[s.severity],
        String(s.findings),
        String(s.children),
      ]),
      ...(report.notAssessable ?? []).map((n) => [
        n.ruleId,
        n.title,
        'Not assessable from this return',
        '–',
        '–',
      ]),
    ],
  };
}

/** The gap table, worst first, with the children for whom it is not known whether they are placed away. */
export function gapTable(report: SufficiencyReport): ReportTable {
  return {
    header: [
      'Placement type',
      'Age',
      'Children',
      'Out of area or far',
      'Not known if away',
      'Local places',
      'Free now',
      'Shortfall',
      'Gap',
    ],
    rows: report.gap.gaps.map((g) => [
      CATEGORY_LABELS[g.category],
      AGE_BAND_LABELS[g.ageBand],
      String(g.children),
      String(g.awayFromHome),
      String(g.awayNotKnown),
      String(g.localPlaces),
      String(g.localVacancies),
      String(g.shortfall),
      g.wantOfLocalProvision ? 'Placed away for want of local provision' : '',
    ]),
  };
}

import { barChart } from '@placewise/charts';
import { CATEGORY_LABELS } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import {
  coverageText,
  type DistanceLocality,
  GAP_DEFINITIONS,
  isMostlyUnknown,
  type NotAssessable,
  type RuleFinding,
  type SufficiencyGap,
  type SufficiencyIndicators,
} from '@placewise/sufficiency';
import { h } from '../dom/element.js';
import { fromMarkup } from '../dom/markup.js';
import { formatCount, formatPercent } from '../format.js';
import { table } from '../govuk/table.js';
import { type TagColour, tag } from '../govuk/tag.js';
import { paragraph, sectionHeading } from '../govuk/typography.js';
import { warningText } from '../govuk/warning-text.js';

const SEVERITY: Record<RuleFinding['severity'], [string, TagColour]> = {
  breach: ['Breach', 'red'],
  'needs-approval': ['Needs approval', 'orange'],
  flag: ['Flag', 'blue'],
};

const BANDS: [keyof Omit<DistanceLocality, 'total'>, string][] = [
  ['inside20OrLess', 'Inside the area, 20 miles or less'],
  ['insideOver20', 'Inside the area, over 20 miles'],
  ['outside20OrLess', 'Outside the area, 20 miles or less'],
  ['outsideOver20', 'Outside the area, over 20 miles'],
  ['notKnown', 'Not known'],
];

/**
 * The GOV.UK warning shown above figures built on too few of the rows read, or nothing when complete.
 *
 * @example
 * coverageWarning(indicators.coverage)
 */
export function coverageWarning(coverage: Coverage): HTMLElement | false {
  if (coverage.status === 'complete') return false;
  return warningText(
    `Incomplete: these figures are not to be relied on. ${coverage.reason ?? `Only ${coverage.used} of ${coverage.read} rows were usable.`}`,
    { id: 'coverage-warning' },
  );
}

/**
 * The DfE indicators of one or more collection years, as a table and two charts (the last year charted).
 *
 * @example
 * indicatorsSection([indicators], 'Computed from your return.')
 */
export function indicatorsSection(results: readonly SufficiencyIndicators[], intro: string): HTMLElement {
  const latest = results.at(-1);
  if (!latest) return paragraph('No collection year to report.');
  const pct = (p: { percentage: number | null; count: number; of: number }) =>
    p.percentage === null
      ? 'none to count'
      : `${p.percentage}% (${formatCount(p.count)} of ${formatCount(p.of)})`;
  const mix = Object.entries(latest.placementMixAt31March.byCategory)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const bands = latest.distanceLocality.at31March;
  const unknown = isMostlyUnknown(bands);
  const share = (n: number) => (unknown ? 'unknown' : formatPercent(n / Math.max(1, bands.total)));
  return h('section', { id: 'indicators' }, [
    sectionHeading(`Indicators, ${latest.collectionYear}`),
    coverageWarning(latest.coverage),
    paragraph(intro),
    // Stated when complete too: how many of the rows read these figures rest on.
    h('p', { class: 'govuk-body', id: 'coverage-line' }, [coverageText(latest.coverage)]),
    table({
      caption: 'Headline measures',
      captionSize: 's',
      id: 'indicator-table',
      columns: [{ header: 'Measure' }, ...results.map((r) => ({ header: r.collectionYear, numeric: true }))],
      rows: [
        ['Looked after at 31 March', ...results.map((r) => formatCount(r.claAt31March.total))],
        ['Started to be looked after', ...results.map((r) => formatCount(r.startedDuringYear.total))],
        ['Ceased to be looked after', ...results.map((r) => formatCount(r.ceasedDuringYear.total))],
        ['Three or more placements in the year', ...results.map((r) => pct(r.threeOrMorePlacements))],
        [
          'Three or more placements in the previous 2 years (looked after 2 years or more)',
          ...results.map((r) => pct(r.threeOrMorePlacementsInTwoYears)),
        ],
        [
          'Long-term stability (under 16, same carer 2 years or more)',
          ...results.map((r) => pct(r.longTermStability)),
        ],
        [
          'Under 16 in other arrangements',
          ...results.map((r) => formatCount(r.under16OtherArrangements.total)),
        ],
        [
          'Unaccompanied asylum-seeking at 31 March',
          // No UASC table in the return: status not known, so no count (a 0 would say there were none).
          ...results.map((r) =>
            r.uasc.recorded ? formatCount(r.uasc.at31March) : 'Not known (no UASC table)',
          ),
        ],
      ],
    }),
    fromMarkup(
      barChart(
        mix.map(([category, n]) => ({
          label: CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS] ?? category,
          value: n,
          valueLabel: `${n} (${formatPercent(n / Math.max(1, latest.claAt31March.total))})`,
        })),
        {
          title: `Placement mix at 31 March ${latest.period.end.slice(0, 4)}`,
          labelName: 'Placement',
          valueName: 'Children',
        },
      ),
    ),
    fromMarkup(
      barChart(
        BANDS.map(([key, label]) => ({
          label,
          value: bands[key],
          valueLabel: `${bands[key]} (${formatPercent(bands[key] / Math.max(1, bands.total))})`,
        })),
        {
          title: `Distance and locality at 31 March ${latest.period.end.slice(0, 4)}`,
          labelName: 'Where children live',
          valueName: 'Children',
        },
      ),
    ),
    table({
      caption: `Where children live at 31 March ${latest.period.end.slice(0, 4)} (DfE's distance bands)`,
      captionSize: 's',
      id: 'distance-table',
      columns: [
        { header: 'Distance and locality' },
        { header: 'Children', numeric: true },
        { header: latest.distanceLocality.approximate ? 'Share (approximate)' : 'Share', numeric: true },
      ],
      rows: BANDS.map(([key, label]) => [
        label,
        bands[key],
        key === 'notKnown' ? formatPercent(bands[key] / Math.max(1, bands.total)) : share(bands[key]),
      ]),
    }),
    paragraph(
      unknown
        ? 'Distance is not known for most children, so how many live far from home or outside the area is unknown (not 0%).'
        : latest.distanceLocality.approximate
          ? 'Distances are approximate: straight lines (the DfE method) between postcode-sector centroids, not full postcodes.'
          : 'Distances are straight lines (the DfE method) between full postcodes.',
    ),
  ]);
}

/**
 * The supply and demand gap by placement category and age band.
 *
 * @example
 * gapSection(computeSufficiencyGap(dataset, { asOf: '2025-03-31' }))
 */
export function gapSection(gap: SufficiencyGap): HTMLElement {
  const rows = gap.gaps.filter((g) => g.children > 0).sort((a, b) => b.awayFromHome - a.awayFromHome);
  const wanting = rows.filter((g) => g.wantOfLocalProvision);
  return h('section', { id: 'gap' }, [
    sectionHeading('Supply and demand gap'),
    paragraph(
      `Children looked after on ${gap.asOf} by placement category and age band, against settings, places and free places inside the authority. ${wanting.length} groups have children placed away from home with no local free place of their kind.`,
    ),
    table({
      caption: `Gap by category and age band, ${gap.asOf}`,
      captionSize: 's',
      id: 'gap-table',
      columns: [
        { header: 'Category and age' },
        { header: 'Children', numeric: true },
        { header: 'Away from home', numeric: true },
        { header: 'Not known if away', numeric: true },
        { header: 'Local places', numeric: true },
        { header: 'Local vacancies', numeric: true },
        { header: 'Shortfall', numeric: true },
        { header: 'Want of local provision' },
      ],
      rows: rows.map((g) => [
        `${CATEGORY_LABELS[g.category]}, ${g.ageBand}`,
        g.children,
        g.awayFromHome,
        g.awayNotKnown,
        g.localPlaces,
        g.localVacancies,
        g.shortfall,
        g.wantOfLocalProvision ? tag('Yes', 'red') : tag('No', 'grey'),
      ]),
    }),
    paragraph(
      `"Away from home" is out of the area or more than ${gap.thresholdMiles} miles from home, each child counted once; "Not known if away" counts the other children whose placement postcode is missing or could not be located, who may be away too. Local places are each setting's places shared across the age bands it is registered for; kinship care, adoption and placement with parents are not places.`,
    ),
    paragraph(GAP_DEFINITIONS.shortfall),
    paragraph(GAP_DEFINITIONS.wantOfLocalProvision),
  ]);
}

/**
 * The rules a return cannot assess (they rest on records an SSDA903 return does not hold), or nothing.
 *
 * @example
 * notAssessableSection(runRules(dataset, { period }).notAssessable)
 */
export function notAssessableSection(notAssessable: readonly NotAssessable[]): HTMLElement | false {
  if (notAssessable.length === 0) return false;
  return h('section', { id: 'not-assessable' }, [
    sectionHeading('Not assessable from this return', 's'),
    paragraph(
      'These rules rest on records an SSDA903 return does not hold. They are not counted as breaches or as met: supply the records to check them.',
    ),
    table({
      caption: 'Rules not assessable from this return',
      captionSize: 's',
      id: 'not-assessable-table',
      columns: [{ header: 'Rule' }, { header: 'What it checks' }, { header: 'Why' }],
      rows: notAssessable.map((n) => [n.ruleId, n.title, n.reason]),
    }),
  ]);
}

/**
 * The duty rules' findings over a period: counts by rule, a chart and the first breaches.
 *
 * @example
 * ruleFindingsSection(findings, { start: '2024-04-01', end: '2025-03-31' })
 */
export function ruleFindingsSection(
  findings: readonly RuleFinding[],
  period: { start: string; end: string },
): HTMLElement {
  const byRule = new Map<string, RuleFinding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const rules = [...byRule.values()].map((list) => list[0] as RuleFinding);
  const examples = findings.filter((f) => f.severity === 'breach').slice(0, 10);
  return h('section', { id: 'rule-findings' }, [
    sectionHeading('Rule findings'),
    paragraph(
      `${formatCount(findings.length)} findings from the duty's rules over ${period.start} to ${period.end}, each rule only for the dates it was in force. Findings point at records to look at; they are not judgements.`,
    ),
    fromMarkup(
      barChart(
        rules.map((r) => ({ label: `${r.ruleId}`, value: byRule.get(r.ruleId)?.length ?? 0 })),
        // The table below lists the same counts with each rule's wording, so the chart carries no table.
        { title: 'Findings by rule', labelName: 'Rule', valueName: 'Findings', table: 'none' },
      ),
    ),
    table({
      caption: 'Findings by rule',
      captionSize: 's',
      columns: [
        { header: 'Rule' },
        { header: 'What it checks' },
        { header: 'Severity' },
        { header: 'Findings', numeric: true },
        { header: 'Legal basis' },
      ],
      rows: rules.map((r) => [
        r.ruleId,
        r.title,
        tag(...SEVERITY[r.severity]),
        byRule.get(r.ruleId)?.length ?? 0,
        `${r.legalBasis.instrument}, ${r.legalBasis.section}`,
      ]),
    }),
    examples.length > 0 &&
      table({
        caption: 'Breaches (first 10)',
        captionSize: 's',
        columns: [{ header: 'Child or setting' }, { header: 'Rule' }, { header: 'From' }, { header: 'Why' }],
        rows: examples.map((f) => [f.childId ?? f.settingId ?? '', f.ruleId, f.from, f.reason]),
      }),
  ]);
}

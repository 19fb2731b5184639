import { CATEGORY_LABELS, type CollectionYear } from '@placewise/model';
import {
  computeIndicators,
  computeSufficiencyGap,
  type DistanceLocality,
  GAP_DEFINITIONS,
  isMostlyUnknown,
  type RuleFinding,
  runRules,
  type SufficiencyDataset,
} from '@placewise/sufficiency';
import { demoAuthority, demoLocator } from '../authority.js';
import { barChart } from '../charts/bar-chart.js';
import { h } from '../dom/element.js';
import { formatCount, formatPercent } from '../format.js';
import { summaryList } from '../govuk/summary-list.js';
import { table } from '../govuk/table.js';
import { type TagColour, tag } from '../govuk/tag.js';
import { pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

const SEVERITY: Record<RuleFinding['severity'], [string, TagColour]> = {
  breach: ['Breach', 'red'],
  'needs-approval': ['Needs approval', 'orange'],
  flag: ['Flag', 'blue'],
};

function dataset(): SufficiencyDataset {
  const la = demoAuthority();
  return { ...la, responsibleAuthority: la.authority.code };
}

const BANDS: [keyof Omit<DistanceLocality, 'total'>, string][] = [
  ['inside20OrLess', 'Inside the area, 20 miles or less'],
  ['insideOver20', 'Inside the area, over 20 miles'],
  ['outside20OrLess', 'Outside the area, 20 miles or less'],
  ['outsideOver20', 'Outside the area, over 20 miles'],
  ['notKnown', 'Not known'],
];

function indicators(): HTMLElement {
  const la = demoAuthority();
  const years = la.collectionYears.slice(-2) as CollectionYear[];
  const results = years.map(
    (collectionYear) => computeIndicators(dataset(), { collectionYear, locator: demoLocator() }).value,
  );
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
    paragraph(
      "DfE's children looked after measures, computed from the synthetic return the way DfE defines them.",
    ),
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
        ['Unaccompanied asylum-seeking at 31 March', ...results.map((r) => formatCount(r.uasc.at31March))],
      ],
    }),
    barChart({
      title: `Placement mix at 31 March ${latest.period.end.slice(0, 4)}`,
      bars: mix.map(([category, n]) => ({
        label: CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS] ?? category,
        value: n,
        valueLabel: `${n} (${formatPercent(n / Math.max(1, latest.claAt31March.total))})`,
      })),
    }),
    barChart({
      title: `Distance and locality at 31 March ${latest.period.end.slice(0, 4)}`,
      bars: BANDS.map(([key, label]) => ({
        label,
        value: bands[key],
        valueLabel: `${bands[key]} (${formatPercent(bands[key] / Math.max(1, bands.total))})`,
      })),
    }),
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

function gapTable(): HTMLElement {
  const la = demoAuthority();
  const gap = computeSufficiencyGap(dataset(), {
    asOf: la.period.end,
    vacancies: la.vacancies,
    locator: demoLocator(),
  });
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
        { header: 'Local places', numeric: true },
        { header: 'Local vacancies', numeric: true },
        { header: 'Shortfall', numeric: true },
        { header: 'Want of local provision' },
      ],
      rows: rows.map((g) => [
        `${CATEGORY_LABELS[g.category]}, ${g.ageBand}`,
        g.children,
        g.awayFromHome,
        g.localPlaces,
        g.localVacancies,
        g.shortfall,
        g.wantOfLocalProvision ? tag('Yes', 'red') : tag('No', 'grey'),
      ]),
    }),
    paragraph(
      `"Away from home" is out of the area or more than ${gap.thresholdMiles} miles from home, each child counted once. Local places are each setting's places shared across the age bands it is registered for; kinship care, adoption and placement with parents are not places.`,
    ),
    paragraph(GAP_DEFINITIONS.shortfall),
    paragraph(GAP_DEFINITIONS.wantOfLocalProvision),
  ]);
}

function ruleFindings(): HTMLElement[] {
  const la = demoAuthority();
  const { findings, notAssessable } = runRules(
    dataset(),
    { period: la.period },
    { nation: la.authority.nation },
  );
  const byRule = new Map<string, RuleFinding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const rules = [...byRule.values()].map((list) => list[0] as RuleFinding);
  const examples = findings.filter((f) => f.severity === 'breach').slice(0, 10);
  const notSection = h('section', { id: 'not-assessable' }, [
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
  const section = h('section', { id: 'rule-findings' }, [
    sectionHeading('Rule findings'),
    paragraph(
      `${formatCount(findings.length)} findings from the duty's rules over ${la.period.start} to ${la.period.end}, each rule only for the dates it was in force. Findings point at records to look at; they are not judgements.`,
    ),
    barChart({
      title: 'Findings by rule',
      bars: rules.map((r) => ({ label: `${r.ruleId}`, value: byRule.get(r.ruleId)?.length ?? 0 })),
    }),
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
  return notAssessable.length > 0 ? [section, notSection] : [section];
}

/** The Sufficiency page: the authority at a glance, DfE indicators, rule findings and the gap. */
export const sufficiencyPage: Page = {
  id: 'sufficiency',
  title: 'Sufficiency',
  render(root) {
    const la = demoAuthority();
    root.append(
      pageHeading('Sufficiency', la.authority.name),
      paragraph(
        `A synthetic authority generated in your browser from a fixed seed: real postcode sectors of ${la.authority.name.replace(' (synthetic)', '')}, invented children.`,
      ),
      summaryList(
        [
          ['Collection years', la.collectionYears.join(', ')],
          ['Children', formatCount(la.children.length)],
          ['SSDA903 episodes', formatCount(la.episodes.length)],
          ['Placements (as DfE counts them)', formatCount(la.placements.length)],
          ['Settings', formatCount(la.settings.length)],
          ['Vacancies', formatCount(la.vacancies.length)],
        ],
        { id: 'authority-summary' },
      ),
      indicators(),
      ...ruleFindings(),
      gapTable(),
    );
  },
};

import { escapeMarkup } from '@placewise/charts';
import { CATEGORY_LABELS } from '@placewise/model';
import { DfeAgeBand } from '@placewise/sufficiency';
import { NOT_KNOWN, OUTSIDE_REGION } from './flows.js';
import { flowsChartOf } from './flows-chart.js';
import { type PublishedIndicators, publishIndicators } from './publish-indicators.js';
import type { RegionalReport } from './regional-report.js';
import type { SuppressedCount } from './suppress.js';

const shown = (c: SuppressedCount) => (c.suppressed ? 'c' : String(c.count));
const pct = (p: { percentage: number | null }) => (p.percentage === null ? '–' : `${p.percentage}%`);
const table = (caption: string, head: string[], rows: string[][]) =>
  `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">${escapeMarkup(caption)}</caption><thead><tr>${head
    .map((h) => `<th scope="col">${escapeMarkup(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeMarkup(c)}</th>` : `<td>${escapeMarkup(c)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

/**
 * The regional report's sections as one HTML fragment (a `<div>`), for pages that supply their own frame:
 * indicators side by side, the flows matrix and chart, demand against supply and the pooled forecast.
 * Suppressed counts are written `c`, as DfE writes them.
 *
 * @example
 * container.innerHTML = renderRegionalSections(report, { E08000035: 'Leeds' });
 */
export function renderRegionalSections(
  report: RegionalReport,
  names: Partial<Record<string, string>> = {},
): string {
  const name = (code: string) =>
    code === OUTSIDE_REGION ? 'Outside the region' : code === NOT_KNOWN ? 'Not known' : (names[code] ?? code);
  // The indicators as published: counts suppressed with the same rules as the JSON.
  const published = publishIndicators(
    report.authorities.map((a) => a.indicators),
    report.region,
  );
  const columns = [
    ...report.authorities.map((a, i) => ({
      label: name(a.gss),
      i: published.authorities[i] as PublishedIndicators,
    })),
    { label: 'Region', i: published.region },
  ];
  const indicators = table(
    `Indicators, ${report.collectionYear}`,
    ['Indicator', ...columns.map((c) => c.label)],
    [
      ['Looked after at 31 March', ...columns.map((c) => shown(c.i.claAt31March.total))],
      ['Started during the year', ...columns.map((c) => shown(c.i.startedDuringYear.total))],
      ['Three or more placements', ...columns.map((c) => pct(c.i.threeOrMorePlacements))],
      ['Long-term stability', ...columns.map((c) => pct(c.i.longTermStability))],
      [
        'Placed outside the authority',
        ...columns.map((c) => shown(c.i.distanceLocality.localityAt31March.outside)),
      ],
      // Neither inside nor outside: a blank or unlocatable placement postcode. Shown so the row above is
      // not read as "the rest are inside".
      [
        'Placed where not known (postcode missing or not located)',
        ...columns.map((c) => shown(c.i.distanceLocality.localityAt31March.notKnown)),
      ],
    ],
  );
  const england = report.england?.stability.england;
  const englandLine = england
    ? `<p class="govuk-body">England (${escapeMarkup(report.england?.source ?? 'DfE')}): three or more placements ${england.threeOrMorePlacements ? pct(england.threeOrMorePlacements) : '–'}, long-term stability ${england.longTermStability ? pct(england.longTermStability) : '–'}.</p>`
    : '';
  const flows = report.flows;
  const flowTable = table(
    `Children placed at 31 March: placing authority (rows) by where they live (columns)${flows.approximate ? ', distances approximate (postcode sectors)' : ''}`,
    ['Placed by', ...flows.columns.map(name), 'Total'],
    [
      ...flows.rows.map((r) => [
        name(r.from),
        ...r.cells.map((c) => `${shown(c)}${c.meanMiles === null ? '' : ` (${c.meanMiles} mi)`}`),
        shown(r.total),
      ]),
      ['Total', ...flows.columnTotals.map(shown), shown(flows.total)],
    ],
  );
  const chart = flowsChartOf(flows, name);
  const bands = DfeAgeBand.options;
  const demand = table(
    'Demand at 31 March by placement and age against Ofsted places in the region',
    ['Placement', ...bands, 'Total', 'Placed in the region', 'Ofsted places'],
    report.demandSupply.rows.map((r) => [
      CATEGORY_LABELS[r.category],
      ...bands.map((b) => shown(r.byAgeBand[b])),
      shown(r.total),
      shown(r.placedInRegion),
      r.supplyPlaces === null ? '–' : String(r.supplyPlaces),
    ]),
  );
  // Children whose placement could not be located are in each row's total but not in "Placed in the region":
  // say how many there are (the flows table's published Not known total), so the gap is not read as outside.
  const notKnown = flows.columnTotals[flows.columns.indexOf(NOT_KNOWN)];
  const demandNote =
    notKnown && (notKnown.suppressed || (notKnown.count ?? 0) > 0)
      ? `<p class="govuk-body">“Placed in the region” counts only children whose placement was located; where ${shown(notKnown)} of the region’s children are placed is not known (the Not known column above).</p>`
      : '';
  const f = report.forecast;
  const forecast = f
    ? `${table(
        `Forecast: children looked after at 31 March (region, sum of ${f.included.length} of ${f.included.length + f.excluded.length} authorities${f.status === 'incomplete' ? '; incomplete' : ''})`,
        ['Date', 'Expected', '80% interval', '95% interval'],
        f.yearEnds.map((y) => [
          y.date,
          String(y.expected),
          `${y.lower80}–${y.upper80}`,
          `${y.lower95}–${y.upper95}`,
        ]),
      )}${f.excluded.map((e) => `<p class="govuk-body">Not in the forecast: ${escapeMarkup(name(e.gss))} — ${escapeMarkup(e.reason)}</p>`).join('')}${f.incomplete.map((e) => `<p class="govuk-body">In the forecast but incomplete: ${escapeMarkup(name(e.gss))} — ${escapeMarkup(e.reason)}</p>`).join('')}<p class="govuk-body-s">${escapeMarkup(f.method)}</p>`
    : '';
  const status =
    report.status === 'incomplete'
      ? `<div class="govuk-warning-text">${escapeMarkup(report.reason ?? 'Incomplete')}</div>`
      : '';
  return `<div class="placewise-region">${status}${indicators}${englandLine}${flowTable}${chart}${demand}${demandNote}${forecast}</div>`;
}

/**
 * Renders the regional report as one self-contained HTML page (GOV.UK table classes, charts from
 * `@placewise/charts`): the sections of {@link renderRegionalSections} under a heading.
 *
 * @example
 * const html = renderRegionalHtml(report);
 */
export function renderRegionalHtml(
  report: RegionalReport,
  names: Partial<Record<string, string>> = {},
): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Regional sufficiency report ${report.collectionYear}</title></head><body class="govuk-template__body"><main class="govuk-main-wrapper"><h1 class="govuk-heading-l">Regional sufficiency report, ${report.collectionYear}</h1>${renderRegionalSections(report, names)}</main></body></html>\n`;
}

import { barChart, escapeMarkup, groupedBarChart } from '@placewise/charts';
import type { DfeGrouping } from '@placewise/model';
import { GAP_DEFINITIONS } from '../gap/gap-measures.js';
import type { DistanceLocalityBand } from '../indicators/distance-locality.js';
import { BAND_LABELS, GROUPING_LABELS } from '../internal/labels.js';
import {
  ageBands,
  distanceTable,
  findingsTable,
  gapTable,
  keyFigures,
  placementMix,
  type ReportTable,
} from '../internal/report-rows.js';
import { coverageText, incompleteBannerText, noWantText } from './coverage-banner.js';
import type { SufficiencyReport } from './sufficiency-report.js';

const STYLE = `
body{font-family:"GDS Transport",arial,sans-serif;color:#0b0c0c;margin:0;line-height:1.4;font-size:19px}
header{background:#0b0c0c;color:#fff;padding:12px 30px;font-weight:700}
main{max-width:960px;margin:0 auto;padding:20px 30px 60px}
h1{font-size:40px;margin:30px 0 10px}h2{font-size:27px;margin:45px 0 15px;border-top:2px solid #b1b4b6;padding-top:20px}
.lede{font-size:22px;color:#505a5f}
table{border-collapse:collapse;width:100%;margin:15px 0 25px;font-size:16px}
th,td{text-align:left;padding:8px 10px 8px 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
th{font-weight:700}td.n,th.n{text-align:right}
.cards{display:flex;flex-wrap:wrap;gap:15px;margin:20px 0}
.card{border-left:5px solid #1d70b8;padding:10px 15px;min-width:180px;background:#f3f2f1}
.card strong{display:block;font-size:36px}
.inset{border-left:10px solid #b1b4b6;padding:10px 15px;margin:20px 0}
.warn{border-left-color:#d4351c}
small,.notes{font-size:16px;color:#505a5f}
figure{margin:15px 0 25px}svg.pw-chart{display:block;max-width:640px;height:auto}figcaption{font-size:16px;color:#505a5f}
@media print{header{background:none;color:#0b0c0c}}`;

function table(t: ReportTable): string {
  if (t.rows.length === 0) return '<p>None.</p>';
  const numeric = (s: string) => /^[\d–%(). of,]+$/.test(s) && /\d|–/.test(s);
  const head = t.header.map((h) => `<th scope="col">${escapeMarkup(h)}</th>`).join('');
  const body = t.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeMarkup(c)}</th>` : `<td${numeric(c) ? ' class="n"' : ''}>${escapeMarkup(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function card(value: string, label: string): string {
  return `<div class="card"><strong>${escapeMarkup(value)}</strong>${escapeMarkup(label)}</div>`;
}

/**
 * Renders a sufficiency report as one self-contained HTML page (inline CSS and SVG charts, no scripts, no
 * external requests) in GOV.UK-like typography, for commissioning managers to read or print.
 *
 * @example
 * writeFileSync('report.html', renderReportHtml(report));
 */
export function renderReportHtml(report: SufficiencyReport): string {
  const i = report.indicators;
  const total = i.claAt31March.total;
  const mix = (Object.entries(i.placementMixAt31March.byDfeGrouping) as [DfeGrouping, number][]).filter(
    ([, n]) => n > 0,
  );
  const bands: DistanceLocalityBand[] = [
    'inside20OrLess',
    'insideOver20',
    'outside20OrLess',
    'outsideOver20',
    'notKnown',
  ];
  const england = report.comparators?.englandDistanceLocality;
  const shareOf = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));
  const wanting = report.gap.gaps.filter((g) => g.wantOfLocalProvision);
  const breaches = report.findings.filter((f) => f.severity === 'breach').length;
  // Inside or outside the authority whether or not the distance is known; a child whose locality is not
  // known is neither, so the share says how many those are, and is not shown when they are most children.
  const locality = i.distanceLocality.localityAt31March;
  const awayShare =
    total === 0 || locality.notKnown * 2 > total ? '–' : `${shareOf(locality.outside, total)}%`;
  const awayLabel =
    locality.notKnown > 0
      ? `placed outside the authority (locality not known for ${locality.notKnown} of ${total})`
      : 'placed outside the authority';
  const banner = incompleteBannerText(report);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(report.title)}</title><style>${STYLE}</style></head>
<body><header>Placewise sufficiency report</header><main>
<h1>${escapeMarkup(report.title)}</h1>${banner ? `\n<div class="inset warn" role="alert"><strong>Warning</strong> ${escapeMarkup(banner)}</div>` : ''}
<p class="lede">Children looked after, ${escapeMarkup(report.period.start)} to ${escapeMarkup(report.period.end)}${report.generatedOn ? `. Generated ${escapeMarkup(report.generatedOn)}` : ''}.</p>
<p class="notes">${escapeMarkup(coverageText(report.coverage))}</p>
<div class="cards">
${card(String(total), 'children looked after at 31 March')}
${card(awayShare, awayLabel)}
${card(i.threeOrMorePlacements.percentage === null ? '–' : `${i.threeOrMorePlacements.percentage}%`, 'had 3 or more placements')}
${card(String(breaches), 'rule breaches found')}
</div>
<h2>Key figures</h2>${table(keyFigures(report))}
<h2>Placements at 31 March</h2>
${barChart(
  mix.map(([g, n]) => ({ label: GROUPING_LABELS[g], value: n })),
  // The table after the chart lists the same figures, so the chart carries none of its own.
  {
    title: 'Children at 31 March by placement',
    valueName: 'Children',
    labelName: 'Placement',
    table: 'none',
  },
)}
${table(placementMix(report))}${table(ageBands(report))}
<h2>Distance from home and locality</h2>
${groupedBarChart(
  bands.map((b) => ({
    label: BAND_LABELS[b],
    values: england
      ? [shareOf(i.distanceLocality.at31March[b], total), shareOf(england[b], england.total)]
      : [shareOf(i.distanceLocality.at31March[b], total)],
  })),
  {
    title: 'Share of children at 31 March by distance and locality',
    series: england
      ? ['This authority', `England ${report.comparators?.year ?? ''}`.trim()]
      : ['This authority'],
    format: (v) => `${v}%`,
    labelName: 'Where children live',
    table: 'none',
  },
)}
${table(distanceTable(report))}
<h2>Duty rule findings</h2>
<p>${report.findings.length} findings over the year. Each finding cites its legal basis in the JSON output.</p>
${table(findingsTable(report))}
<h2>Supply and demand</h2>
${
  wanting.length > 0
    ? `<div class="inset warn"><p><strong>Placed away for want of local provision</strong></p><ul>${wanting.map((g) => `<li>${escapeMarkup(g.summary)}</li>`).join('')}</ul></div>`
    : `<div class="inset"><p>${escapeMarkup(noWantText(report))}</p></div>`
}
${table(gapTable(report))}
<p class="notes">${escapeMarkup(GAP_DEFINITIONS.shortfall)} ${escapeMarkup(GAP_DEFINITIONS.wantOfLocalProvision)}</p>
<h2>Notes</h2><div class="notes"><ul>${report.notes.map((n) => `<li>${escapeMarkup(n)}</li>`).join('')}</ul>
${report.comparators ? `<p>Comparators: ${escapeMarkup(report.comparators.source)}</p>` : ''}
${report.ofstedSupply ? `<p>Provider counts: ${escapeMarkup(report.ofstedSupply.source)}</p>` : ''}</div>
</main></body></html>
`;
}

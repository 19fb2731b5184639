import { escapeMarkup, rangeChart } from '@placewise/charts';
import type { Issue } from '@placewise/model';
import type { BenchmarkGroup, FeeBenchmark } from './benchmark.js';
import type { ReferenceComparison } from './compare-reference.js';
import { formatPounds } from './money.js';

/** Options for {@link renderBenchmarkHtml}. */
export interface RenderBenchmarkHtmlOptions {
  /** Page title. Default: `Placement cost benchmark`. */
  title?: string;
  /** Where the fees came from, shown under the title. */
  source?: string;
  /** Counts of records read, accepted and rejected. */
  records?: { read: number; accepted: number; rejected: number };
  /** Reference comparisons to list (see `compareWithReferences`). */
  comparisons?: readonly ReferenceComparison[];
  /** Issues found reading the fees; the first 50 are listed. */
  issues?: readonly Issue[];
}

const CSS = `body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:0;line-height:1.4}
header{background:#0b0c0c;color:#fff;padding:12px 24px;border-bottom:8px solid #1d70b8}
main{max-width:1000px;margin:0 auto;padding:24px}h1{font-size:2rem;margin:0 0 8px}h2{font-size:1.5rem;margin-top:32px}
table{border-collapse:collapse;width:100%;margin:16px 0}th,td{text-align:left;padding:8px 8px 8px 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
td.n,th.n{text-align:right}.hint{color:#505a5f}.tag{display:inline-block;padding:2px 6px;background:#d4351c;color:#fff;font-weight:bold;font-size:.8rem}
figure{margin:16px 0}svg.pw-chart{display:block;max-width:800px;height:auto}figcaption{color:#505a5f}`;

/**
 * Renders a benchmark as one self-contained HTML page (inline CSS and SVG, no scripts, no external
 * requests): a box plot per group (P10–P90 whiskers, quartile box, median line, high-cost line at
 * the threshold), a table of the statistics, reference comparisons and issues. Every value from the
 * data is escaped.
 *
 * @example
 * const html = renderBenchmarkHtml(benchmarkFees(fees), { title: 'Fees 2024-25' });
 */
export function renderBenchmarkHtml(
  benchmark: FeeBenchmark,
  options: RenderBenchmarkHtmlOptions = {},
): string {
  const title = escapeMarkup(options.title ?? 'Placement cost benchmark');
  const groups = benchmark.groups.length > 0 ? benchmark.groups : [benchmark.overall];
  const records = options.records
    ? `<p>${options.records.read} records read: ${options.records.accepted} accepted, ${options.records.rejected} rejected.</p>`
    : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${CSS}</style></head>
<body><header><strong>Placewise</strong></header><main>
<h1>${title}</h1>
${options.source ? `<p class="hint">Source: ${escapeMarkup(options.source)}</p>` : ''}${records}
<p class="hint">Weekly amounts (fees in other units normalised: day × 7, four weeks ÷ 4, month × 12 ÷ 52.1775, year ÷ 52.1775).
Percentiles by Hyndman–Fan definition 7. Outliers lie beyond 1.5 × IQR from the quartiles. High-cost: ${formatPounds(benchmark.highCostThreshold)} a week or more (LGA survey threshold).</p>
<h2>Distribution by ${escapeMarkup(benchmark.by.join(' and ') || 'all fees')}</h2>
${boxPlots(groups, benchmark.highCostThreshold)}
${statsTable([...groups, ...(benchmark.groups.length > 1 ? [benchmark.overall] : [])])}
${options.comparisons ? comparisonTable(options.comparisons) : ''}
${options.issues && options.issues.length > 0 ? issueList(options.issues) : ''}
</main></body></html>
`;
}

function boxPlots(groups: readonly BenchmarkGroup[], threshold: number): string {
  // The statistics table after the chart lists the same figures, so the chart carries none of its own.
  return rangeChart(
    groups.map((g) => ({
      label: `${truncate(g.label, 34)} (${g.count})`,
      p10: g.p10,
      q1: g.q1,
      median: g.median,
      q3: g.q3,
      p90: g.p90,
    })),
    {
      title: 'Box plots of weekly fees by group',
      labelName: 'Group (fees)',
      format: (pence) => formatPounds(pence).replace(/\.00$/, ''),
      threshold: { value: threshold, label: 'high-cost' },
      table: 'none',
    },
  );
}

function statsTable(groups: readonly BenchmarkGroup[]): string {
  const head = ['Group', 'Count', 'Mean', 'P10', 'Q1', 'Median', 'Q3', 'P90', 'High-cost', 'Outliers'];
  const body = groups
    .map(
      (g) =>
        `<tr><td>${escapeMarkup(g.label)}</td><td class="n">${g.count}</td>${[
          g.mean,
          g.p10,
          g.q1,
          g.median,
          g.q3,
          g.p90,
        ]
          .map((v) => `<td class="n">${formatPounds(v)}</td>`)
          .join(
            '',
          )}<td class="n">${g.highCost ? `<span class="tag">${g.highCostCount}</span>` : '0'}</td><td class="n">${g.outliers.length}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head.map((h, i) => `<th${i ? ' class="n"' : ''}>${h}</th>`).join('')}</tr></thead><tbody>
${body}</tbody></table>`;
}

function comparisonTable(comparisons: readonly ReferenceComparison[]): string {
  const rows = comparisons
    .filter((c) => c.count > 0)
    .map((c) => {
      const r = c.reference;
      const figure =
        r.kind === 'high-cost-count'
          ? `${((c.referenceShare ?? 0) * 100).toFixed(1)}% of placements`
          : c.referenceWeekly !== undefined
            ? `${formatPounds(c.referenceWeekly)} a week${c.restatedTo ? ` (restated to ${c.restatedTo})` : ''}`
            : '';
      const yours =
        r.kind === 'high-cost-count'
          ? `${((c.authorityShare ?? 0) * 100).toFixed(1)}% of fees`
          : c.median !== undefined
            ? `median ${formatPounds(c.median)}${c.ratio !== undefined ? ` (${c.ratio}×; ${Math.round((c.shareAbove ?? 0) * 100)}% of fees above)` : ''}`
            : '';
      return `<tr><td>${escapeMarkup(r.label)}<br><span class="hint">${escapeMarkup(r.source)}; ${escapeMarkup(r.year)}; confidence ${r.confidence}</span></td><td>${figure}</td><td>${yours} <span class="hint">(${c.count} fees)</span></td></tr>`;
    })
    .join('\n');
  return `<h2>Against published figures</h2><table><thead><tr><th>Reference</th><th>Figure</th><th>Your fees</th></tr></thead><tbody>
${rows}</tbody></table>`;
}

function issueList(issues: readonly Issue[]): string {
  const items = issues
    .slice(0, 50)
    .map((i) => {
      const at = [
        i.location.file,
        i.location.row !== undefined ? `row ${i.location.row}` : '',
        i.location.column,
      ]
        .filter(Boolean)
        .join(', ');
      return `<li><strong>${escapeMarkup(i.severity)}</strong> ${escapeMarkup(at)}: ${escapeMarkup(i.message)} <span class="hint">(${escapeMarkup(i.code)})</span></li>`;
    })
    .join('\n');
  const more = issues.length > 50 ? `<p>and ${issues.length - 50} more.</p>` : '';
  return `<h2>Issues (${issues.length})</h2><ul>${items}</ul>${more}`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

import { escapeMarkup } from '@placewise/charts';
import { reportTables } from './internal/report-tables.js';
import type { MarketReport } from './report.js';

/**
 * Renders a market report as one self-contained HTML page (no scripts, no outside requests) in the GOV.UK
 * table style.
 *
 * @example
 * const html = renderMarketHtml(buildMarketReport(data, { region: 'North West' }));
 */
export function renderMarketHtml(report: MarketReport): string {
  const title = `Children's homes market: ${report.area.label}`;
  const sections = reportTables(report).map(
    (t) => `<h2>${escapeMarkup(t.title)}</h2>
<table>${t.caption ? `<caption>${escapeMarkup(t.caption)}</caption>` : ''}
<thead><tr>${t.head.map((h) => `<th scope="col">${escapeMarkup(h)}</th>`).join('')}</tr></thead>
<tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeMarkup(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeMarkup(title)}</title>
<style>body{font-family:Arial,sans-serif;color:#0b0c0c;max-width:960px;margin:2em auto;padding:0 1em}
table{border-collapse:collapse;width:100%;margin-bottom:2em}th,td{text-align:left;padding:.5em 1em .5em 0;border-bottom:1px solid #b1b4b6}
caption{text-align:left;color:#505a5f;padding-bottom:.5em}</style></head>
<body><h1>${escapeMarkup(title)}</h1>
${sections.join('\n')}
<h2>Notes</h2><ul>${report.notes.map((n) => `<li>${escapeMarkup(n)}</li>`).join('')}</ul>
<p>Contains public sector information licensed under the Open Government Licence v3.0 (Ofsted; Department for Education).</p>
</body></html>
`;
}

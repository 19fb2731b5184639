import { reportTables } from './internal/report-tables.js';
import type { MarketReport } from './report.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * Renders a market report as Markdown: a heading, the notes, then one table per section with its source.
 *
 * @example
 * const markdown = renderMarketMarkdown(buildMarketReport(data, { england: true }));
 */
export function renderMarketMarkdown(report: MarketReport): string {
  const lines = [`# Children's homes market: ${report.area.label}`, ''];
  for (const table of reportTables(report)) {
    lines.push(`## ${table.title}`, '');
    if (table.caption) lines.push(`_${table.caption}_`, '');
    lines.push(`| ${table.head.map(cell).join(' | ')} |`, `|${table.head.map(() => '---').join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  lines.push('## Notes', '', ...report.notes.map((note) => `- ${note}`), '');
  lines.push(
    'Contains public sector information licensed under the Open Government Licence v3.0 (Ofsted; Department for Education).',
    '',
  );
  return lines.join('\n');
}

import { GAP_DEFINITIONS } from '../gap/gap-measures.js';
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

function table(t: ReportTable): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`| ${t.header.map(esc).join(' | ')} |`, `|${t.header.map(() => ' --- ').join('|')}|`];
  for (const row of t.rows) lines.push(`| ${row.map(esc).join(' | ')} |`);
  return t.rows.length === 0 ? '_None._' : lines.join('\n');
}

/**
 * Renders a sufficiency report as GitHub-flavoured Markdown: key figures with published comparators,
 * placement mix, ages, distance and locality, rule findings and the gap table.
 *
 * @example
 * const md = renderReportMarkdown(report);
 */
export function renderReportMarkdown(report: SufficiencyReport): string {
  const p = report.period;
  const wanting = report.gap.gaps.filter((g) => g.wantOfLocalProvision);
  const banner = incompleteBannerText(report);
  return [
    `# ${report.title}`,
    ...(banner ? [`> **Warning** ${banner}`] : []),
    `Collection year ${report.collectionYear}: ${p.start} to ${p.end}.${report.generatedOn ? ` Generated ${report.generatedOn}.` : ''}`,
    coverageText(report.coverage),
    '## Key figures',
    table(keyFigures(report)),
    '## Placements at 31 March',
    table(placementMix(report)),
    table(ageBands(report)),
    '## Distance from home and locality',
    table(distanceTable(report)),
    '## Duty rule findings',
    `${report.findings.length} findings over the year.`,
    table(findingsTable(report)),
    '## Supply and demand',
    wanting.length > 0 ? wanting.map((g) => `- ${g.summary}`).join('\n') : noWantText(report),
    table(gapTable(report)),
    `${GAP_DEFINITIONS.shortfall} ${GAP_DEFINITIONS.wantOfLocalProvision}`,
    '## Notes',
    report.notes.map((n) => `- ${n}`).join('\n'),
    ...(report.comparators ? [`Comparators: ${report.comparators.source}`] : []),
    ...(report.ofstedSupply ? [`Provider counts: ${report.ofstedSupply.source}`] : []),
    '',
  ].join('\n\n');
}

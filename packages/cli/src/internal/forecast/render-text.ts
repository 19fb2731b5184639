import type {
  ObservedDemand,
  ProjectedSpendYear,
  ScenarioComparison,
  SpendFigure,
} from '@placewise/forecast';
import type { Coverage } from '@placewise/ssda903';
import { coverageText } from '@placewise/sufficiency';
import { wholePounds as pounds } from './whole-pounds.js';

const spendText = (f: SpendFigure) =>
  `${pounds(f.expected)}${f.lower80 === undefined ? '' : ` (80%: ${pounds(f.lower80)}–${pounds(f.upper80)})`}`;

/**
 * The plain-text forecast: children in care on each 31 March with 80% intervals, scenarios, spend; with
 * `coverage`, the rows of the returns the fit rests on, under the first line.
 */
export function renderForecastText(
  comparison: ScenarioComparison,
  observed: ObservedDemand,
  spend: readonly ProjectedSpendYear[] | undefined,
  coverage?: Coverage,
): string {
  const forecast = comparison.scenarios[0]?.forecast;
  if (!forecast) return '';
  const { projection, model } = forecast;
  const ends = forecast.yearEnds.filter((p) => p.date > projection.start);
  const lines = [
    `Demand forecast from ${projection.start}: fitted ${model.from} to ${model.to} on ${model.children} children; ${forecast.samples} bootstrap samples (seed ${forecast.seed}).`,
    ...(coverage ? [coverageText(coverage)] : []),
    ...(coverage?.status === 'incomplete'
      ? [`Incomplete: these figures are not to be relied on. ${coverage.reason ?? ''}`.trimEnd()]
      : []),
    '',
    ['category'.padEnd(13), 'now'.padStart(6), ...ends.map((p) => p.date.padStart(22))].join(''),
  ];
  for (const category of [...projection.categories, 'total']) {
    const now = category === 'total' ? observed.total.at(-1) : observed.byCategory[category]?.at(-1);
    const cells = ends.map((p) => {
      const f = category === 'total' ? p.total : p.byCategory[category];
      return `${Math.round(f?.expected ?? 0)} (${Math.round(f?.lower80 ?? 0)}–${Math.round(f?.upper80 ?? 0)})`.padStart(
        22,
      );
    });
    lines.push([category.padEnd(13), String(now ?? '').padStart(6), ...cells].join(''));
  }
  lines.push('', 'Expected children in care on each 31 March, with the 80% interval in brackets.');
  if (comparison.scenarios.length > 1) {
    lines.push('', 'Scenarios, children in care in total (80% interval):');
    for (const { name, forecast: f } of comparison.scenarios) {
      const cells = f.yearEnds
        .filter((p) => p.date > projection.start)
        .map(
          (p) =>
            `${p.date}: ${Math.round(p.total.expected)} (${Math.round(p.total.lower80)}–${Math.round(p.total.upper80)})`,
        );
      lines.push(`  ${name}: ${cells.join('; ')}`);
    }
  }
  if (spend) {
    lines.push('', 'Projected spend by collection year (expected, 80% interval):');
    for (const year of spend)
      lines.push(`  ${year.collectionYear} (${year.days} days): ${spendText(year.total)}`);
  }
  return `${lines.join('\n')}\n`;
}

import { barChart, escapeMarkup, lineChart } from '@placewise/charts';
import type {
  ObservedDemand,
  ProjectedSpendYear,
  ScenarioComparison,
  SeriesIntervals,
} from '@placewise/forecast';
import type { Coverage } from '@placewise/ssda903';
import { coverageText } from '@placewise/sufficiency';
import { wholePounds as pounds } from './whole-pounds.js';

/**
 * One self-contained page: a chart per category and the total, the scenarios side by side, the spend; with
 * `coverage`, the rows of the returns the fit rests on.
 */
export function renderForecastHtml(
  comparison: ScenarioComparison,
  observed: ObservedDemand,
  spend: readonly ProjectedSpendYear[] | undefined,
  coverage?: Coverage,
): string {
  const forecast = comparison.scenarios[0]?.forecast;
  if (!forecast) return '';
  const { projection, intervals, model } = forecast;
  const figures = [...projection.categories, 'total'].map((category) => {
    const total = category === 'total';
    const expected = total ? projection.total : (projection.byCategory[category] ?? []);
    const band = (total ? intervals.total : intervals.byCategory[category]) as SeriesIntervals;
    const history = total ? observed.total : (observed.byCategory[category] ?? []);
    const points = (values: readonly number[]) =>
      projection.dates.map((x, k) => ({ x, y: values[k] as number }));
    const bandOf = (name: string, low: readonly number[], high: readonly number[]) => ({
      name,
      points: projection.dates.map((x, k) => ({ x, lower: low[k] as number, upper: high[k] as number })),
    });
    return `<h2>${escapeMarkup(category)}</h2>\n${lineChart(
      {
        series: [
          { name: 'Observed', points: observed.dates.map((x, k) => ({ x, y: history[k] as number })) },
          { name: 'Expected', points: points(expected), dashed: true },
        ],
        bands: [
          bandOf('95% interval', band.lower95, band.upper95),
          bandOf('80% interval', band.lower80, band.upper80),
        ],
      },
      {
        title: `Children in care, ${category}: observed and projected`,
        format: (v) => String(Math.round(v)),
      },
    )}`;
  });
  const scenarioChart =
    comparison.scenarios.length > 1
      ? `<h2>Scenarios</h2>\n${lineChart(
          {
            series: comparison.scenarios.map(({ name, forecast: f }) => ({
              name,
              points: f.yearEnds.map((p) => ({ x: p.date, y: p.total.expected })),
            })),
          },
          {
            title: 'Children in care on each 31 March, by scenario',
            format: (v) => String(Math.round(v)),
            table: 'visible',
          },
        )}`
      : '';
  const spendChart = spend
    ? `<h2>Projected spend</h2>\n${barChart(
        spend.map((y) => ({ label: y.collectionYear, value: y.total.expected / 100 })),
        { title: 'Projected spend by collection year (£)', format: (v) => pounds(v * 100), table: 'visible' },
      )}`
    : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demand forecast — Placewise</title>
<style>body{font-family:Arial,sans-serif;color:#0b0c0c;max-width:960px;margin:2em auto;padding:0 1em;line-height:1.4}h2{font-size:1.2em;margin:1.5em 0 .5em}svg{width:100%;height:auto}table{border-collapse:collapse}td,th{border-bottom:1px solid #b1b4b6;padding:.3em .8em;text-align:left}</style></head>
<body><h1>Demand forecast</h1>
<p>Fitted on ${model.from} to ${model.to} (${model.children} children); projected from ${projection.start} with ${forecast.samples} bootstrap samples (seed ${forecast.seed}). Children in care by placement category.</p>
${coverage ? `<p>${escapeMarkup(coverageText(coverage))}</p>\n` : ''}${coverage?.status === 'incomplete' ? `<p role="alert"><strong>Incomplete: these figures are not to be relied on.</strong> ${escapeMarkup(coverage.reason ?? '')}</p>\n` : ''}${figures.join('\n')}
${scenarioChart}
${spendChart}
<p>Intervals show the uncertainty of the fitted rates (bootstrap over children), not the chance variation of the actual count.</p>
</body></html>
`;
}

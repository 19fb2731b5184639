import type { BacktestResult } from './backtest.js';
import type { ScenarioRow } from './compare-scenarios.js';
import type { DemandForecast } from './forecast-demand.js';
import type { SeriesIntervals } from './forecast-figures.js';
import type { ObservedDemand } from './observe-demand.js';
import type { ProjectedSpendYear, SpendFigure } from './project-spend.js';

/**
 * One table of a forecast, ready for a CSV file or a spreadsheet sheet: a name (`projection`), column
 * headings, and rows of plain values. Counts are rounded to 1 decimal place, as in the CLI's JSON; money is
 * in pounds (the JSON's pence ÷ 100).
 *
 * @example
 * const table: ForecastTable = { name: 'spend', columns: ['collection year', 'expected (£)'], rows: [['2024-25', 1200000]] };
 */
export interface ForecastTable {
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * What {@link tabulateForecast} turns into tables; each part is optional but the forecast.
 *
 * @example
 * const parts: ForecastTableParts = { forecast, history: observed, spend, scenarios: comparison.rows, backtest: test };
 */
export interface ForecastTableParts {
  forecast: DemandForecast;
  history?: ObservedDemand;
  spend?: readonly ProjectedSpendYear[];
  scenarios?: readonly ScenarioRow[];
  backtest?: BacktestResult;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const pounds = (pence: number | undefined) => (pence === undefined ? null : pence / 100);
const INTERVALS = ['expected', 'lower 80%', 'upper 80%', 'lower 95%', 'upper 95%'];

/**
 * Lays a forecast out as tables: `history` (children in care on each observed date), `projection` (expected
 * and intervals per date and category), `year-ends` (each 31 March), `spend`, `scenarios` and `backtest`, each
 * when given. One definition, so the CLI's CSV and xlsx and the demo's downloads hold the same numbers.
 *
 * @example
 * for (const table of tabulateForecast({ forecast, history: observed })) writeCsv(table);
 */
export function tabulateForecast(parts: ForecastTableParts): ForecastTable[] {
  const { forecast } = parts;
  const { projection, intervals } = forecast;
  const categories = [...projection.categories, 'total'];
  const tables: ForecastTable[] = [];
  if (parts.history) {
    const h = parts.history;
    tables.push({
      name: 'history',
      columns: ['date', ...categories],
      rows: h.dates.map((date, k) => [
        date,
        ...h.categories.map((c) => h.byCategory[c]?.[k] ?? 0),
        h.total[k] ?? 0,
      ]),
    });
  }
  const seriesOf = (c: string): [readonly number[], SeriesIntervals] =>
    c === 'total'
      ? [projection.total, intervals.total]
      : [projection.byCategory[c] ?? [], intervals.byCategory[c] as SeriesIntervals];
  tables.push({
    name: 'projection',
    columns: ['date', 'category', ...INTERVALS],
    rows: projection.dates.flatMap((date, k) =>
      categories.map((c) => {
        const [expected, band] = seriesOf(c);
        return [
          date,
          c,
          ...[expected, band.lower80, band.upper80, band.lower95, band.upper95].map((s) =>
            round1(s[k] as number),
          ),
        ];
      }),
    ),
  });
  tables.push({
    name: 'year-ends',
    columns: ['date', 'category', ...INTERVALS],
    rows: forecast.yearEnds.flatMap((point) =>
      categories.map((c) => {
        const f = c === 'total' ? point.total : point.byCategory[c];
        return [
          point.date,
          c,
          ...[f?.expected, f?.lower80, f?.upper80, f?.lower95, f?.upper95].map((v) => round1(v ?? 0)),
        ];
      }),
    ),
  });
  if (parts.spend) tables.push(spendTable(parts.spend));
  if (parts.scenarios)
    tables.push({
      name: 'scenarios',
      columns: ['scenario', 'date', 'category', ...INTERVALS],
      rows: parts.scenarios.map((r) => [
        r.scenario,
        r.date,
        r.category,
        ...[r.expected, r.lower80, r.upper80, r.lower95, r.upper95].map(round1),
      ]),
    });
  if (parts.backtest) {
    const b = parts.backtest;
    tables.push({
      name: 'backtest',
      columns: ['date', 'category', 'observed', 'projected'],
      rows: b.dates.flatMap((date, k) =>
        b.categories.map((c) => [date, c, b.observed[c]?.[k] ?? 0, round1(b.projected[c]?.[k] ?? 0)]),
      ),
    });
  }
  return tables;
}

function spendTable(spend: readonly ProjectedSpendYear[]): ForecastTable {
  const money = (f: SpendFigure | undefined) =>
    [f?.expected, f?.lower80, f?.upper80, f?.lower95, f?.upper95].map(pounds);
  return {
    name: 'spend',
    columns: [
      'collection year',
      'days',
      'price factor',
      'category',
      'line',
      ...INTERVALS.map((c) => `${c} (£)`),
    ],
    rows: spend.flatMap((year) => {
      const head = [year.collectionYear, year.days, year.priceFactor];
      return [
        ...Object.entries(year.byCategory).flatMap(([c, figure]) => [
          [...head, c, '', ...money(figure)],
          ...Object.entries(year.byLine[c] ?? {}).map(([line, f]) => [...head, c, line, ...money(f)]),
        ]),
        [...head, 'total', '', ...money(year.total)],
      ];
    }),
  };
}

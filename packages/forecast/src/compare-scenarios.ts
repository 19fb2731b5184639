import type { IsoDate, Issue } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import { type DemandForecast, type ForecastDemandOptions, forecastDemand } from './forecast-demand.js';
import type { YearEndFigure } from './forecast-figures.js';
import type { LongitudinalHistory } from './merge-returns.js';
import type { Scenario } from './scenario.js';

/**
 * The name the fitted rates go by beside the scenarios.
 *
 * @example
 * comparison.scenarios[0]?.name === BASELINE_SCENARIO; // true
 */
export const BASELINE_SCENARIO = 'As fitted';

/**
 * One row of a scenario comparison: a scenario's expected children in care and intervals on one 31 March,
 * for a category or `total`.
 *
 * @example
 * const row: ScenarioRow = { scenario: 'Fewer entries', date: '2027-03-31', category: 'total', expected: 512, lower80: 490, upper80: 533, lower95: 480, upper95: 545 };
 */
export interface ScenarioRow extends YearEndFigure {
  scenario: string;
  date: IsoDate;
  category: string;
}

/**
 * Several scenarios forecast side by side from one history: the fitted rates first ({@link BASELINE_SCENARIO}),
 * then each scenario in the order given, with one table of their 31 March figures.
 *
 * @example
 * const { value } = compareScenarios(history, scenarios, options);
 * value?.rows.filter((r) => r.category === 'total');
 */
export interface ScenarioComparison {
  scenarios: { name: string; forecast: DemandForecast }[];
  rows: ScenarioRow[];
}

/**
 * What {@link compareScenarios} gives: as {@link forecastDemand}, the comparison only when the fit is not refused.
 *
 * @example
 * const result: CompareScenariosResult = compareScenarios(history, [], options);
 */
export interface CompareScenariosResult {
  value: ScenarioComparison | undefined;
  status: 'complete' | 'incomplete';
  coverage: Coverage;
  reason?: string;
  issues: Issue[];
}

/**
 * Forecasts the history as fitted and under each scenario, with the same bootstrap seed (so the samples
 * draw the same children and differences between scenarios are not sampling noise), and tabulates every
 * scenario's 31 March figures by category and in total. Options' own `adjustments` are ignored.
 *
 * @example
 * const { value } = compareScenarios(history, [{ name: 'Fewer entries', entryMultiplier: 0.9 }], {
 *   from: '2021-04-01', to: '2024-03-31', horizonDays: 1096,
 * });
 */
export function compareScenarios(
  history: LongitudinalHistory,
  scenarios: readonly Scenario[],
  options: Omit<ForecastDemandOptions, 'adjustments'>,
): CompareScenariosResult {
  const baseline = forecastDemand(history, options);
  const { value, ...rest } = baseline;
  if (!value) return { value: undefined, ...rest };
  const all = [{ name: BASELINE_SCENARIO, forecast: value }];
  for (const scenario of scenarios) {
    const { name, description: _description, $schema: _schema, ...adjustments } = scenario;
    const run = forecastDemand(history, { ...options, adjustments });
    if (run.value) all.push({ name, forecast: run.value });
  }
  const rows = all.flatMap(({ name, forecast }) =>
    forecast.yearEnds.flatMap((point) => [
      ...forecast.model.categories.map((category) => ({
        scenario: name,
        date: point.date,
        category,
        ...(point.byCategory[category] as YearEndFigure),
      })),
      { scenario: name, date: point.date, category: 'total', ...point.total },
    ]),
  );
  return { value: { scenarios: all, rows }, ...rest };
}

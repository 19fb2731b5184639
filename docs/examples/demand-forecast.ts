import {
  compareScenarios,
  formatTableCsv,
  mergeReturns,
  projectSpend,
  tabulateForecast,
} from '@placewise/forecast';
import { readReturnsByYear, type YearFile } from '@placewise/ssda903';

/**
 * A price index as a function of the date. Placewise ships no CPI series: load the one you use (ONS D7BT, or
 * your own assumption). Here, an assumed 2% a year from April 2024 (= 100), labelled as an assumption.
 */
function priceIndex(date: string): number | undefined {
  const years = (Date.parse(date) - Date.parse('2024-04-01')) / (365.25 * 24 * 3600 * 1000);
  return Number.isFinite(years) ? 100 * 1.02 ** years : undefined;
}

/** Several years of returns in, a forecast with two scenarios and its spend out, as CSV tables. */
export function forecastFromReturns(files: readonly YearFile[]) {
  // Each file's collection year comes from its name (2023-24-episodes.csv) or folder (2023-24/).
  const { value: years } = readReturnsByYear(files);
  const { value: history } = mergeReturns(
    years.map((y) => ({
      collectionYear: y.collectionYear,
      children: y.value.children,
      episodes: y.value.episodes,
      coverage: y.coverage,
    })),
  );
  const to = history.coveredTo as string;
  const from = `${Number(to.slice(0, 4)) - 3}-04-01`;
  const result = compareScenarios(
    history,
    [
      { name: 'Fewer entries', entryMultiplier: 0.9 },
      { name: 'Step-down', transitionRates: [{ from: 'residential', to: 'fostering', perYear: 0.5 }] },
    ],
    { from, to, horizonDays: 1096, step: 'week', samples: 50, seed: 1 },
  );
  // Too few children or mostly rejected rows: a reason, never a forecast of zeros.
  if (!result.value) return { status: result.status, reason: result.reason, csv: [] };
  const forecast = result.value.scenarios[0]?.forecast;
  if (!forecast) return { status: result.status, reason: 'No forecast.', csv: [] };
  // Weekly costs in pence, residential in two lines, priced at 31 March of the last year and carried by CPI.
  const { value: spend } = projectSpend(
    forecast,
    {
      fostering: 90_000,
      residential: [
        { label: 'in-house', share: 0.3, weekly: 450_000 },
        { label: 'external', share: 0.7, weekly: 610_000 },
      ],
      supported: 150_000,
      other: 50_000,
    },
    { costsAt: to, priceIndex },
  );
  const tables = tabulateForecast({ forecast, spend, scenarios: result.value.rows });
  return {
    status: result.status,
    reason: result.reason,
    csv: tables.map((t) => ({ name: `${t.name}.csv`, text: formatTableCsv(t) })),
  };
}

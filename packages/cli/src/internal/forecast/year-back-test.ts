import { type BacktestResult, backtest } from '@placewise/forecast';

/** Back-test for the exports: fit up to a year before `to`, project the year the history already holds. */
export function yearBackTest(
  history: Parameters<typeof backtest>[0],
  from: string,
  to: string,
): BacktestResult | undefined {
  const fitTo = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  if (fitTo <= from) return undefined;
  return backtest(history, { fitFrom: from, fitTo, horizonDays: 365, step: 'week' }).value;
}

import { rangeChart } from '@placewise/charts';
import { benchmarkFees, formatPounds } from '@placewise/costs';
import type { Fee } from '@placewise/model';

/**
 * A self-contained HTML page with one chart: weekly fees by category as box plots on a log scale (a children's
 * home costs ten times a foster placement), with the figures in a table under it.
 */
export function feeChartPage(fees: readonly Fee[]): string {
  const { groups } = benchmarkFees(fees, { by: ['category'] });
  const chart = rangeChart(
    groups.map((g) => ({ label: g.label, p10: g.p10, q1: g.q1, median: g.median, q3: g.q3, p90: g.p90 })),
    { title: 'Weekly fees by category', format: formatPounds, scale: 'log', table: 'visible' },
  );
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Fees</title></head><body>${chart}</body></html>`;
}

/** In a browser: put a chart's markup into the page as nodes (DOMParser runs no scripts). */
export function showChart(container: Element, markup: string): void {
  const figure = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild;
  if (figure) container.replaceChildren(document.importNode(figure, true));
}

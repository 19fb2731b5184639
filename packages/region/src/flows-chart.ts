import { stackedBarChart } from '@placewise/charts';
import type { FlowsMatrix } from './flows.js';
import type { SuppressedCount } from './suppress.js';

const SERIES = [
  'In the authority',
  'Elsewhere in the region',
  'Outside the region',
  'Not known',
  'Suppressed',
];

/** The sum of some cells, or `null` when any of them is suppressed (its figure is not shown). */
const shownSum = (cells: readonly SuppressedCount[]): number | null =>
  cells.some((c) => c.suppressed || c.count === null) ? null : cells.reduce((s, c) => s + (c.count ?? 0), 0);

/**
 * The chart of where each authority's children are placed, drawn only from figures the flows table shows:
 * in the authority, elsewhere in the region, outside it and not known, each drawn when none of its cells is
 * suppressed; the children of suppressed cells are drawn together as `Suppressed` (the row's total less the
 * figures shown, which the table gives away already), so every bar is the authority's whole total and no
 * suppressed count is drawn or written as 0, in a tooltip either. An authority whose total is suppressed is not drawn, and the
 * caption names it. The figures are in the flows table above it, so the chart carries no table of its own.
 *
 * @example
 * const html = flowsChartOf(report.flows, (gss) => names[gss] ?? gss);
 */
export function flowsChartOf(flows: FlowsMatrix, name: (code: string) => string): string {
  const n = flows.rows.length;
  const drawn: { label: string; values: number[]; valueLabels: (string | undefined)[]; words: string }[] = [];
  const notDrawn: string[] = [];
  flows.rows.forEach((r, i) => {
    if (r.total.suppressed || r.total.count === null) {
      notDrawn.push(name(r.from));
      return;
    }
    const groups = [
      r.cells.slice(i, i + 1),
      r.cells.filter((_c, j) => j !== i && j < n),
      r.cells.slice(n, n + 1),
      r.cells.slice(n + 1, n + 2),
    ].map(shownSum);
    const shown = groups.reduce<number>((s, g) => s + (g ?? 0), 0);
    const values = [...groups.map((g) => g ?? 0), r.total.count - shown];
    const words = [
      ...groups.map((g, s) => `${SERIES[s]} ${g ?? 'c'}`),
      `Suppressed ${r.total.count - shown}`,
    ];
    drawn.push({
      label: name(r.from),
      values,
      // A suppressed group's tooltip says c, as the table does, not the 0 its empty mark is drawn from.
      valueLabels: groups.map((g) => (g === null ? 'c' : undefined)),
      words: `${name(r.from)}: ${words.join(', ')} (total ${r.total.count})`,
    });
  });
  const left =
    notDrawn.length > 0 ? ` Not drawn, as their totals are suppressed: ${notDrawn.join(', ')}.` : '';
  return stackedBarChart(
    drawn.map(({ label, values, valueLabels }) => ({ label, values, valueLabels })),
    {
      title: 'Where each authority’s children are placed',
      series: SERIES,
      description:
        drawn.length === 0
          ? 'No authority’s total can be shown.'
          : `${drawn.map((d) => d.words).join('; ')}. c: suppressed, counted in Suppressed.`,
      caption: `Figures as in the table above; the children of counts suppressed there (c) are drawn together as Suppressed.${left}`,
      table: 'none',
    },
  );
}

import {
  type compareWithReferences,
  type FeeBenchmark,
  formatPounds,
  type ScenarioProjection,
  type SpendProjection,
} from '@placewise/costs';

/** A benchmark group's money figures as pounds, for the JSON report's `formatted`. */
export function formattedAmounts(group: FeeBenchmark['overall']): Record<string, string> {
  const { mean, median, q1, q3, p10, p90 } = group;
  return Object.fromEntries(
    Object.entries({ mean, median, q1, q3, p10, p90 }).map(([k, v]) => [k, formatPounds(v)]),
  );
}

/** The benchmark as a text table, then the published figures it was compared with. */
export function benchmarkText(
  benchmark: FeeBenchmark,
  records: { read: number; accepted: number; rejected: number },
  reference: ReturnType<typeof compareWithReferences>['value'] | undefined,
): string {
  const head = ['group'.padEnd(36), 'count', 'median'.padStart(12), 'Q1–Q3'.padStart(25)];
  const lines = [
    `${records.read} records: ${records.accepted} accepted, ${records.rejected} rejected. Weekly amounts.`,
    [...head, 'P10–P90'.padStart(25), 'high', 'outl'].join(' '),
  ];
  for (const g of [...benchmark.groups, benchmark.overall]) {
    lines.push(
      [
        g.label.slice(0, 36).padEnd(36),
        String(g.count).padStart(5),
        formatPounds(g.median).padStart(12),
        `${formatPounds(g.q1)}–${formatPounds(g.q3)}`.padStart(25),
        `${formatPounds(g.p10)}–${formatPounds(g.p90)}`.padStart(25),
        String(g.highCostCount).padStart(4),
        String(g.outliers.length).padStart(4),
      ].join(' '),
    );
  }
  for (const c of reference ?? []) {
    if (c.count === 0) continue;
    const r = c.reference;
    const share = (x: number | undefined) => `${((x ?? 0) * 100).toFixed(1)}%`;
    lines.push(
      r.kind === 'high-cost-count'
        ? `${r.label} (${r.year}): ${share(c.referenceShare)} of placements; yours ${share(c.authorityShare)} of fees.`
        : `${r.label} (${r.year}): ${formatPounds(c.referenceWeekly ?? 0)}; your median ${formatPounds(c.median ?? 0)} (${c.ratio}×, ${c.count} fees).`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function spendLines(title: string, spend: SpendProjection, ofRead = ''): string[] {
  return [
    `${title}: ${spend.count} placements${ofRead}, ${formatPounds(spend.weekly)} a week, ${formatPounds(spend.annual)} a year.`,
    ...spend.byCategory.map(
      (c) =>
        `  ${c.category.padEnd(26)} ${String(c.count).padStart(5)}  mean ${formatPounds(c.meanWeekly).padStart(11)}/wk  ${formatPounds(c.annual).padStart(16)}/yr`,
    ),
  ];
}

/**
 * Current spend, and the scenario's spend, saving and assumptions when there is one, as text. With
 * `recordsRead`, the placements are said to come from that many records (the rest were rejected, or were
 * fees not in force on the date), so a spend on part of the file is not read as the whole.
 */
export function spendText(
  asOf: string,
  baseline: SpendProjection,
  outcome?: ScenarioProjection,
  recordsRead?: number,
): string {
  const from =
    recordsRead !== undefined && recordsRead !== baseline.count ? ` (of ${recordsRead} records read)` : '';
  const lines = spendLines(`Current spend (as of ${asOf})`, baseline, from);
  if (outcome) {
    lines.push(
      '',
      ...spendLines(`After scenario${outcome.name ? ` "${outcome.name}"` : ''}`, outcome.projected),
    );
    lines.push(
      '',
      `Saving: ${formatPounds(outcome.saving.weekly)} a week, ${formatPounds(outcome.saving.annual)} a year.`,
      'Assumptions:',
      ...outcome.assumptions.map((a) => `  - ${a}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

import { type PublishedIndicators, publishIndicators } from './publish-indicators.js';
import type { AuthorityColumn, RegionalReport } from './regional-report.js';
import { type SuppressedCount, suppressLine, suppressTable } from './suppress.js';

/** One authority's weekly cost as published: the children costed suppressed, and the money with them. */
export interface PublishedWeeklyCost {
  gss: string;
  /** `null` when the children costed are suppressed (a few children's fees would be shown). */
  weeklyCost: number | null;
  costed: SuppressedCount;
  notCosted: SuppressedCount;
  /** `null` when the children placed outside the region, or those costed, are suppressed. */
  outsideRegion: number | null;
}

/**
 * The regional report as it may be shown or shared: every count of children suppressed (see
 * `publishIndicators`, `suppressTable`); flows and demand/supply are suppressed as built.
 *
 * @example
 * const published: PublishedRegionalReport = publishRegionalReport(report);
 */
export interface PublishedRegionalReport
  extends Omit<RegionalReport, 'authorities' | 'region' | 'weeklyCosts'> {
  /** Each authority's column; its `coverage` is the indicators' (rows read and used), suppressed likewise. */
  authorities: (Omit<AuthorityColumn, 'indicators' | 'coverage'> & {
    indicators: PublishedIndicators;
    coverage: PublishedIndicators['coverage'];
  })[];
  region: PublishedIndicators;
  weeklyCosts: PublishedWeeklyCost[] | null;
}

const OUTSIDE = 'outside-region';

/**
 * The regional report made fit to publish (what `placewise region report --json` prints): the
 * authorities' and the region's indicators with every count of children of 1 to 4 suppressed, and those
 * that would give one away (`publishIndicators`); weekly costs with the children costed suppressed the
 * same way and the money hidden with them. The flows matrix and demand/supply table are already suppressed.
 * The forecast holds modelled expectations, not counts of children, and is kept as it is.
 *
 * @example
 * const json = JSON.stringify(publishRegionalReport(reportOfRead(read, { collectionYear: '2024-25' })));
 */
export function publishRegionalReport(report: RegionalReport): PublishedRegionalReport {
  const indicators = publishIndicators(
    report.authorities.map((a) => a.indicators),
    report.region,
  );
  const { authorities: _a, region: _r, weeklyCosts, ...rest } = report;
  return {
    ...rest,
    authorities: report.authorities.map((a, i) => {
      const published = indicators.authorities[i] as PublishedIndicators;
      return { ...a, indicators: published, coverage: published.coverage };
    }),
    region: indicators.region,
    weeklyCosts: weeklyCosts ? publishWeeklyCosts(weeklyCosts, report) : null,
  };
}

function publishWeeklyCosts(
  costs: NonNullable<RegionalReport['weeklyCosts']>,
  report: RegionalReport,
): PublishedWeeklyCost[] {
  // Costed + not costed is each authority's children placed at 31 March: hidden as in the flows matrix.
  const totals = costs.map((c) => c.costed + c.notCosted);
  const totalsLine = suppressLine(
    totals,
    totals.reduce((a, b) => a + b, 0),
  );
  const table = suppressTable(
    costs.map((c) => [c.costed, c.notCosted]),
    { hiddenRowTotals: totalsLine.values.map((v) => v.suppressed) },
  );
  const outside = report.flows.columns.indexOf(OUTSIDE);
  return costs.map((c, i) => {
    const costed = table.cells[i]?.[0] as SuppressedCount;
    const flowsRow = report.flows.rows.find((r) => r.from === c.gss);
    const outsideHidden = flowsRow?.cells[outside]?.suppressed ?? true;
    return {
      gss: c.gss,
      weeklyCost: costed.suppressed ? null : c.weeklyCost,
      costed,
      notCosted: table.cells[i]?.[1] as SuppressedCount,
      outsideRegion: costed.suppressed || outsideHidden ? null : c.outsideRegion,
    };
  });
}

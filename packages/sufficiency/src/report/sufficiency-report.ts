import type { CollectionYear, GssCode, IsoDate, Issue, Nation } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { Comparators } from '../comparators.js';
import type { SufficiencyGap } from '../gap/gap-table.js';
import type { SufficiencyIndicators } from '../indicators/sufficiency-indicators.js';
import type { OfstedSupply } from '../ofsted-supply.js';
import type { NotAssessable, RuleFinding, RuleSeverity } from '../rule.js';

/** Findings of one rule, counted. */
export interface FindingSummary {
  ruleId: string;
  title: string;
  severity: RuleSeverity;
  findings: number;
  /** Distinct children concerned. */
  children: number;
}

/**
 * A sufficiency report for one authority and collection year: the DfE indicators, the duty-rule findings,
 * the supply/demand gap and published comparators. Plain JSON: render it with `renderReportMarkdown` or
 * `renderReportHtml`, or hand it to another system.
 */
export interface SufficiencyReport {
  /** `incomplete` when the figures rest on less than 95% of the rows read: the renderers say so first. */
  status: 'complete' | 'incomplete';
  /** Rows read and used, per table, that every figure rests on. */
  coverage: Coverage;
  title: string;
  authority: { code?: GssCode; name?: string; nation: Nation };
  collectionYear: CollectionYear;
  period: { start: IsoDate; end: IsoDate };
  generatedOn?: IsoDate;
  indicators: SufficiencyIndicators;
  findings: RuleFinding[];
  findingSummary: FindingSummary[];
  /** Rules the data given cannot assess (approvals, sibling links… the return does not hold), and why. */
  notAssessable: NotAssessable[];
  gap: SufficiencyGap;
  comparators?: Comparators;
  ofstedSupply?: OfstedSupply;
  /** What the figures rest on, in plain words (sector-based distances, unconfirmed rule dates…). */
  notes: string[];
  issues: Issue[];
}

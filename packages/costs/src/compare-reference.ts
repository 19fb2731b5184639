import type { IsoDate, Issue, Pence, Result } from '@placewise/model';
import type { BenchmarkFee } from './benchmark.js';
import { HIGH_COST_WEEKLY } from './benchmark.js';
import { type PriceIndexSeries, restateAmount } from './price-index.js';
import { quantileSorted } from './quantile.js';
import { REFERENCE_FIGURES, type ReferenceFigure } from './reference.js';
import { toWeeklyAmount } from './weekly.js';

/** An authority's fees set beside one reference figure. */
export interface ReferenceComparison {
  reference: ReferenceFigure;
  /** The reference's weekly figure, restated to `restatedTo` prices when asked and possible. */
  referenceWeekly?: Pence;
  restatedTo?: IsoDate;
  /** The authority's fees in the reference's categories (and age band, if it has one). */
  count: number;
  median?: Pence;
  q1?: Pence;
  q3?: Pence;
  /** Authority median − reference weekly. */
  difference?: Pence;
  /** Authority median ÷ reference weekly, 2 dp. */
  ratio?: number;
  /** Share of the authority's fees above the reference weekly (0–1, 3 dp). */
  shareAbove?: number;
  /** For the high-cost count: the authority's share of fees at or above the threshold, and the survey's. */
  authorityShare?: number;
  referenceShare?: number;
}

/** Options for {@link compareWithReferences}. */
export interface CompareWithReferencesOptions {
  /** Figures to compare with. Default: {@link REFERENCE_FIGURES}. */
  references?: readonly ReferenceFigure[];
  /**
   * Restate reference figures to prices on this date with `series` (fees are taken as they are).
   * Default: not restated. Without `series`, nothing is restated and an `index.missing` warning says so.
   */
  restateTo?: IsoDate;
  /** The price index to restate with (none is built in: pass the series you downloaded). */
  series?: PriceIndexSeries;
}

const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;

/**
 * Sets an authority's fees (normalised to weekly) beside published reference figures: for each
 * figure, the authority's median and quartiles in the same categories (and age band), the difference
 * and ratio to the figure, and the share of fees above it; for the LGA high-cost count, the share of
 * fees at or above £10,000 a week against the survey's share. Optionally restates the figures to
 * one date's prices; a figure the index does not reach stays as published, with a warning.
 *
 * @example
 * const { value } = compareWithReferences([{ amount: 700_000, unit: 'week', category: 'childrens-home' }]);
 * value.find((c) => c.reference.id === 'cma-childrens-home-2020')?.ratio; // 1.83
 */
export function compareWithReferences(
  fees: readonly BenchmarkFee[],
  options: CompareWithReferencesOptions = {},
): Result<ReferenceComparison[]> {
  const references = options.references ?? REFERENCE_FIGURES;
  const issues: Issue[] = [];
  const { restateTo, series } = options;
  if (restateTo && !series) {
    issues.push({
      code: 'index.missing',
      severity: 'warning',
      message: 'No price index was given, so the reference figures are shown as published, not restated.',
      location: { path: ['series'] },
    });
  }
  const weekly = fees.map((f) => toWeeklyAmount(f.amount, f.unit));
  const comparisons = references.map((reference) => {
    let referenceWeekly = reference.weekly;
    const comparison: ReferenceComparison = { reference, count: 0 };
    if (referenceWeekly !== undefined && restateTo && series && reference.kind !== 'high-cost-count') {
      const restated = restateAmount(
        referenceWeekly,
        { from: reference.priceDate, to: restateTo },
        { series },
      );
      if (restated.value === undefined) {
        issues.push(
          ...restated.issues.map((i) => ({
            ...i,
            severity: 'warning' as const,
            message: `${i.message} ${reference.id} is shown as published.`,
            location: { path: ['references', reference.id] },
          })),
        );
      } else {
        referenceWeekly = restated.value;
        comparison.restatedTo = restateTo;
      }
    }
    if (referenceWeekly !== undefined) comparison.referenceWeekly = referenceWeekly;
    if (reference.kind === 'high-cost-count') {
      return withHighCostShares(comparison, reference, weekly);
    }
    const mine = Float64Array.from(
      weekly.filter((_, i) => matches(reference, fees[i] as BenchmarkFee)),
    ).sort();
    comparison.count = mine.length;
    if (mine.length === 0) return comparison;
    const median = Math.round(quantileSorted(mine, 0.5));
    comparison.median = median;
    comparison.q1 = Math.round(quantileSorted(mine, 0.25));
    comparison.q3 = Math.round(quantileSorted(mine, 0.75));
    if (referenceWeekly !== undefined && referenceWeekly > 0) {
      comparison.difference = median - referenceWeekly;
      comparison.ratio = round(median / referenceWeekly, 2);
      comparison.shareAbove = round(mine.filter((w) => w > referenceWeekly).length / mine.length, 3);
    }
    return comparison;
  });
  return { value: comparisons, issues };
}

function matches(reference: ReferenceFigure, fee: BenchmarkFee): boolean {
  if (!fee.category || !reference.categories.includes(fee.category)) return false;
  return reference.ageBand === undefined || fee.ageBand === reference.ageBand;
}

function withHighCostShares(
  comparison: ReferenceComparison,
  reference: ReferenceFigure,
  weekly: readonly number[],
): ReferenceComparison {
  const threshold = reference.weekly ?? HIGH_COST_WEEKLY;
  const high = weekly.filter((w) => w >= threshold).length;
  comparison.count = weekly.length;
  if (weekly.length > 0) comparison.authorityShare = round(high / weekly.length, 4);
  if (reference.count !== undefined && reference.total) {
    comparison.referenceShare = round(reference.count / reference.total, 4);
  }
  return comparison;
}

import type { Fee, IsoDate, Issue, Pence, PlacementCategory, Result } from '@placewise/model';
import { roundPence } from './internal/round.js';
import { toWeeklyAmount, WEEKS_PER_YEAR } from './weekly.js';

/** A placement in force now and what it costs a week. */
export interface CurrentPlacement {
  id?: string;
  category: PlacementCategory;
  /** Pence per week. */
  weekly: Pence;
}

/** Spend in one placement category. */
export interface CategorySpend {
  category: PlacementCategory;
  count: number;
  /** Total pence per week. */
  weekly: Pence;
  /** Mean pence per week per placement. */
  meanWeekly: Pence;
  /** `weekly` × weeks per year, to the penny. */
  annual: Pence;
}

/** Spend on a set of placements for a year at today's fees. */
export interface SpendProjection {
  count: number;
  weekly: Pence;
  /** The sum of the categories' annual figures. */
  annual: Pence;
  /** Ordered by annual spend, largest first. */
  byCategory: CategorySpend[];
}

/** Options for {@link projectAnnualSpend}. */
export interface ProjectAnnualSpendOptions {
  /** Weeks in the year projected. Default: {@link WEEKS_PER_YEAR} (52.1775). */
  weeksPerYear?: number;
}

/** Per-category totals: the shape scenarios edit. */
export type SpendTotals = Map<PlacementCategory, { count: number; weekly: number }>;

/** Adds placements up by category (used by scenarios; not part of the package's exports). */
export function totalsOf(placements: readonly CurrentPlacement[]): SpendTotals {
  const totals: SpendTotals = new Map();
  for (const p of placements) {
    const t = totals.get(p.category) ?? { count: 0, weekly: 0 };
    totals.set(p.category, { count: t.count + 1, weekly: t.weekly + p.weekly });
  }
  return totals;
}

/** Turns per-category totals into a projection (used by scenarios; not part of the package's exports). */
export function projectTotals(totals: SpendTotals, options: ProjectAnnualSpendOptions = {}): SpendProjection {
  const weeks = options.weeksPerYear ?? WEEKS_PER_YEAR;
  const byCategory = [...totals]
    .filter(([, t]) => t.count > 0)
    .map(([category, t]) => ({
      category,
      count: t.count,
      weekly: t.weekly,
      meanWeekly: roundPence(t.weekly / t.count),
      annual: roundPence(t.weekly * weeks),
    }))
    .sort((a, b) => b.annual - a.annual || (a.category < b.category ? -1 : 1));
  return {
    count: byCategory.reduce((s, c) => s + c.count, 0),
    weekly: byCategory.reduce((s, c) => s + c.weekly, 0),
    annual: byCategory.reduce((s, c) => s + c.annual, 0),
    byCategory,
  };
}

/**
 * Projects a year's spend from the placements in force and their weekly costs: each category's
 * weekly total × 52.1775 weeks, assuming every placement lasts the year at its current fee.
 *
 * @example
 * projectAnnualSpend([{ category: 'childrens-home', weekly: 600_000 }]).annual; // 31_306_500
 */
export function projectAnnualSpend(
  placements: readonly CurrentPlacement[],
  options: ProjectAnnualSpendOptions = {},
): SpendProjection {
  return projectTotals(totalsOf(placements), options);
}

/** Options for {@link currentPlacementsFromFees}. */
export interface CurrentPlacementsFromFeesOptions {
  /** The day whose fees count. */
  asOf: IsoDate;
}

/**
 * The placements in force on a day, from fees: fees in force that day (`from` ≤ day ≤ `to`) are
 * normalised to weekly and added up per placement (`placementId`, else the fee's own `id`), so core
 * and additional fees for one placement make one placement. A fee in force without a category is
 * reported and left out. Fees that meet without sharing a placementId (two fees with the same `id` and no
 * placementId, or an `id` equal to another fee's placementId) are still added up, with a
 * `projection.duplicate-id` warning; a placement whose fees disagree on the category keeps the first, with
 * a `projection.category-conflict` warning. Fees read with `readFees` or `readFeeRecords` (as
 * `readCurrentPlacements` reads them) arrive without pasted copies, an identical repeat of a fee id being
 * rejected there (`fee.duplicate`); fees given here directly are added up as given.
 *
 * @example
 * currentPlacementsFromFees([{ id: 'F1', amount: 500_000, unit: 'week', from: '2024-01-01', category: 'childrens-home' }],
 *   { asOf: '2024-06-01' }).value; // [{ id: 'F1', category: 'childrens-home', weekly: 500_000 }]
 */
export function currentPlacementsFromFees(
  fees: readonly Fee[],
  options: CurrentPlacementsFromFeesOptions,
): Result<CurrentPlacement[]> {
  const issues: Issue[] = [];
  const byPlacement = new Map<string, CurrentPlacement>();
  // Placements first met through a fee's placementId, not its own id.
  const keyedByPlacement = new Set<string>();
  fees.forEach((fee, index) => {
    if (fee.from > options.asOf || (fee.to !== undefined && fee.to < options.asOf)) return;
    if (!fee.category) {
      issues.push({
        code: 'projection.no-category',
        severity: 'error',
        message: 'The fee is in force but has no category, so it cannot be projected.',
        location: { path: [index, 'category'] },
      });
      return;
    }
    const id = fee.placementId ?? fee.id;
    const before = byPlacement.get(id);
    if (before) {
      // Fees meet on purpose only through a shared placementId; anything else is a repeated id.
      if (fee.placementId === undefined || !keyedByPlacement.has(id))
        issues.push({
          code: 'projection.duplicate-id',
          severity: 'warning',
          message:
            'Another fee in force has this id (or a placementId equal to it), so the two are added up as one placement; give each placement its own placementId if they are different placements.',
          location: { path: [index, fee.placementId === undefined ? 'id' : 'placementId'] },
        });
      if (before.category !== fee.category)
        issues.push({
          code: 'projection.category-conflict',
          severity: 'warning',
          message:
            "The fee's category differs from that of an earlier fee of the same placement; the placement keeps the earlier one.",
          location: { path: [index, 'category'] },
        });
    }
    if (!before && fee.placementId !== undefined) keyedByPlacement.add(id);
    byPlacement.set(id, {
      id,
      category: before?.category ?? fee.category,
      weekly: (before?.weekly ?? 0) + toWeeklyAmount(fee.amount, fee.unit),
    });
  });
  return { value: [...byPlacement.values()], issues };
}

import { FeeUnit, type IsoDate, type Issue, PlacementCategory } from '@placewise/model';
import { textOf } from './internal/text-of.js';
import { poundsToPence } from './money.js';
import { type CurrentPlacement, currentPlacementsFromFees } from './projection.js';
import { type FeeAmounts, readFees } from './read-fees.js';
import { toWeeklyAmount } from './weekly.js';

/** Options for {@link readCurrentPlacements}. */
export interface ReadCurrentPlacementsOptions {
  /** The day whose fees count, for entries that are fees. */
  asOf: IsoDate;
  /** File name to put in issue locations. */
  file?: string;
  /** How the amounts of fee entries are written (see `readFees`; default `auto`). */
  amounts?: FeeAmounts;
}

/** What {@link readCurrentPlacements} returns: the placements, how many entries were read, and issues. */
export interface ReadCurrentPlacementsResult {
  value: CurrentPlacement[];
  read: number;
  issues: Issue[];
}

interface PlacementEntry {
  id?: unknown;
  category?: unknown;
  weeklyCost?: unknown;
  fee?: { amount?: unknown; unit?: unknown };
}

/** An amount from JSON as `poundsToPence` takes it: numbers as they are, anything else as text. */
const asAmount = (value: unknown): string | number =>
  typeof value === 'number' ? value : textOf(value ?? '');

/** The entry's weekly cost in pence from `weeklyCost` or `fee { amount, unit }` (pounds), with issues. */
function weeklyOf(
  entry: PlacementEntry,
  i: number,
  file: string | undefined,
  issues: Issue[],
): number | undefined {
  const at = (...path: (string | number)[]) => ({ ...(file ? { file } : {}), path: [i, ...path] });
  if (entry.weeklyCost !== undefined) {
    const pence = poundsToPence(asAmount(entry.weeklyCost), { location: at('weeklyCost') });
    issues.push(...pence.issues);
    return pence.value;
  }
  if (!entry.fee) {
    issues.push({
      code: 'placement.cost-missing',
      severity: 'error',
      message: 'Give weeklyCost (pounds) or fee { amount, unit }.',
      location: at('weeklyCost'),
    });
    return undefined;
  }
  const pence = poundsToPence(asAmount(entry.fee.amount), { location: at('fee', 'amount') });
  issues.push(...pence.issues);
  const unit = FeeUnit.safeParse(entry.fee.unit);
  if (!unit.success) {
    issues.push({
      code: 'placement.unit',
      severity: 'error',
      message: 'fee.unit must be day, week, four-weeks, month or year.',
      location: at('fee', 'unit'),
    });
    return undefined;
  }
  return pence.value === undefined ? undefined : toWeeklyAmount(pence.value, unit.data);
}

/**
 * Reads the placements a spend projection starts from: a list of `{ id?, category, weeklyCost }` or
 * `{ id?, category, fee: { amount, unit } }` in pounds, or a list of fees (model `Fee` objects in pence or
 * flat fee records in pounds, see `readFees`) of which those in force on `asOf` count. Every entry is used
 * or reported with a located issue: a fee pasted twice (same id, same values) counts once, with a
 * `fee.duplicate` error at the copy, and differing fees that share an id are added up as
 * `currentPlacementsFromFees` does, with `fee.duplicate-id` and `projection.duplicate-id` warnings.
 *
 * @example
 * readCurrentPlacements([{ category: 'childrens-home', weeklyCost: 5200 }], { asOf: '2025-03-31' }).value;
 * // [{ category: 'childrens-home', weekly: 520000 }]
 */
export function readCurrentPlacements(
  entries: readonly unknown[],
  options: ReadCurrentPlacementsOptions,
): ReadCurrentPlacementsResult {
  const { file, asOf } = options;
  const issues: Issue[] = [];
  const looksLikeFees = entries.some(
    (e) => typeof e === 'object' && e !== null && 'amount' in e && !('weeklyCost' in e),
  );
  if (looksLikeFees) {
    const fees = readFees(entries, { ...(file ? { file } : {}), amounts: options.amounts ?? 'auto' });
    issues.push(...fees.issues);
    const current = currentPlacementsFromFees(
      fees.value.map((r) => r.fee),
      { asOf },
    );
    for (const { location, ...issue } of current.issues) {
      const [k, ...rest] = location.path ?? [];
      const row = fees.value[Number(k)]?.row ?? 1;
      // Flat records are rows of a sheet: located by row and column; model fees by their path in the list.
      const at =
        fees.amounts === 'pounds' ? { row, column: String(rest[0] ?? '') } : { path: [row - 1, ...rest] };
      issues.push({ ...issue, location: { ...(file ? { file } : {}), ...at } });
    }
    return { value: current.value, read: entries.length, issues };
  }
  const value: CurrentPlacement[] = [];
  entries.forEach((raw, i) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as PlacementEntry;
    const category = PlacementCategory.safeParse(entry.category);
    if (!category.success) {
      issues.push({
        code: 'placement.category',
        severity: 'error',
        message: 'category is not a Placewise placement category.',
        location: { ...(file ? { file } : {}), path: [i, 'category'] },
      });
      return;
    }
    const weekly = weeklyOf(entry, i, file, issues);
    if (weekly === undefined) return;
    value.push({
      category: category.data,
      weekly,
      ...(entry.id === undefined ? {} : { id: textOf(entry.id) }),
    });
  });
  return { value, read: entries.length, issues };
}

import type { Fee, Pence } from '@placewise/model';
import * as z from 'zod';
import { radixOrder } from './internal/radix-order.js';
import { type AmountSummary, summariseSorted } from './quantile.js';
import { toWeeklyAmount } from './weekly.js';

/**
 * The attributes fees can be grouped by: placement category, provider type (SSDA903 PLACE_PROVIDER
 * codes PR0–PR5), region, age band, staffing ratio and whether the placement is in the
 * responsible authority's area.
 *
 * @example
 * BenchmarkDimension.parse('providerType');
 */
export const BenchmarkDimension = z.enum([
  'category',
  'providerType',
  'region',
  'ageBand',
  'staffingRatio',
  'inArea',
]);
/** @see {@link BenchmarkDimension} */
export type BenchmarkDimension = z.infer<typeof BenchmarkDimension>;

/** A fee as benchmarks read it: an amount per unit and the attributes to group by. */
export type BenchmarkFee = Pick<Fee, 'amount' | 'unit'> &
  Partial<Pick<Fee, 'id' | 'category' | 'providerType' | 'region' | 'ageBand' | 'staffingRatio' | 'inArea'>>;

/**
 * The weekly fee at or above which a placement counts as high-cost: £10,000 a week, the threshold
 * of the LGA's high-cost children's social care placements survey (2023).
 *
 * @example
 * HIGH_COST_WEEKLY; // 1_000_000
 */
export const HIGH_COST_WEEKLY: Pence = 1_000_000;

/**
 * Written in a group's key when a fee does not record the attribute.
 *
 * @example
 * benchmarkFees([{ amount: 1, unit: 'week' }], { by: ['region'] }).groups[0]?.label; // 'not recorded'
 */
export const NOT_RECORDED = 'not recorded';

/** A fee whose weekly amount lies outside its group's Tukey fences. */
export interface BenchmarkOutlier {
  /** Position of the fee in the input. */
  index: number;
  id?: string;
  weekly: Pence;
  side: 'high' | 'low';
}

/** The statistics of one group, in pence per week. */
export interface BenchmarkGroup extends AmountSummary {
  /** The group's value of each dimension grouped by (`in-area` / `out-of-area` for inArea). */
  key: Partial<Record<BenchmarkDimension, string>>;
  label: string;
  /** Fees at or above the high-cost threshold. */
  highCostCount: number;
  /** Whether any fee in the group is high-cost. */
  highCost: boolean;
  outliers: BenchmarkOutlier[];
}

/** What {@link benchmarkFees} returns. */
export interface FeeBenchmark {
  by: BenchmarkDimension[];
  highCostThreshold: Pence;
  /** Every fee together. */
  overall: BenchmarkGroup;
  /** One entry per combination of the `by` values present, ordered by label. */
  groups: BenchmarkGroup[];
}

/** Options for {@link benchmarkFees}. */
export interface BenchmarkFeesOptions {
  /** Dimensions to group by. Default: `['category']`; `[]` gives the overall figures only. */
  by?: readonly BenchmarkDimension[];
  /** Weekly pence at or above which a fee is high-cost. Default: {@link HIGH_COST_WEEKLY}. */
  highCostThreshold?: Pence;
}

function dimensionValue(fee: BenchmarkFee, dimension: BenchmarkDimension): string {
  if (dimension === 'inArea') {
    return fee.inArea === undefined ? NOT_RECORDED : fee.inArea ? 'in-area' : 'out-of-area';
  }
  return fee[dimension] || NOT_RECORDED;
}

/**
 * Benchmarks fees: normalises each to a weekly amount ({@link toWeeklyAmount}), groups them, and
 * gives each group its count, mean, P10, quartiles, median, P90 (Hyndman–Fan type 7), the fees
 * outside Tukey's fences (1.5 × IQR beyond the quartiles) and how many are high-cost. Handles a
 * million fees in well under a second (see the package README). Every fee given counts once, ids unread:
 * fees read with `readFeeRecords` or `readFees` come without pasted copies (an identical repeat of a fee id
 * is rejected there, `fee.duplicate`), while differing fees that share an id each count (`fee.duplicate-id`).
 *
 * @example
 * const { groups } = benchmarkFees([
 *   { amount: 520_000, unit: 'week', category: 'childrens-home' },
 *   { amount: 12_000, unit: 'day', category: 'fostering-agency' },
 * ]);
 * groups.map((g) => [g.label, g.median]); // [['childrens-home', 520000], ['fostering-agency', 84000]]
 */
export function benchmarkFees(
  fees: readonly BenchmarkFee[],
  options: BenchmarkFeesOptions = {},
): FeeBenchmark {
  const by = [...(options.by ?? ['category'])];
  const threshold = options.highCostThreshold ?? HIGH_COST_WEEKLY;
  const n = fees.length;
  const weekly = new Float64Array(n);
  const groupOf = new Int32Array(n);
  // A trie of value → node per dimension finds each fee's group without building a key string.
  const trie: Map<string, number>[] = [new Map()];
  const groupAtNode: number[] = [];
  const labels: string[] = [];
  const examples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const fee = fees[i] as BenchmarkFee;
    weekly[i] = toWeeklyAmount(fee.amount, fee.unit);
    let node = 0;
    for (const dimension of by) {
      const children = trie[node] as Map<string, number>;
      const value = dimensionValue(fee, dimension);
      let child = children.get(value);
      if (child === undefined) {
        child = trie.length;
        trie.push(new Map());
        children.set(value, child);
      }
      node = child;
    }
    let group = groupAtNode[node];
    if (group === undefined) {
      group = labels.length;
      groupAtNode[node] = group;
      labels.push(by.map((d) => dimensionValue(fee, d)).join(' · '));
      examples.push(i);
    }
    groupOf[i] = group;
  }
  const { groups: sorted, all } = sortByGroup(weekly, groupOf, labels.length);
  const summaries = sorted.map((values) => summariseSorted(values));
  const groups = labels.map((label, g) =>
    describeGroup(
      label,
      keyOf(fees[examples[g] as number] as BenchmarkFee, by),
      summaries[g] as AmountSummary,
    ),
  );
  const overall = describeGroup('all fees', {}, summariseSorted(all));
  const lower = Float64Array.from(groups, (g) => g.lowerFence);
  const upper = Float64Array.from(groups, (g) => g.upperFence);
  const high = new Int32Array(groups.length);
  for (let i = 0; i < n; i += 1) {
    const w = weekly[i] as number;
    const g = groupOf[i] as number;
    if (w >= threshold) high[g] = (high[g] as number) + 1;
    if (w > (upper[g] as number) || w < (lower[g] as number)) {
      addOutlier(groups[g] as BenchmarkGroup, fees[i] as BenchmarkFee, i, w);
    }
    if (w > overall.upperFence || w < overall.lowerFence) {
      addOutlier(overall, fees[i] as BenchmarkFee, i, w);
    }
  }
  groups.forEach((group, g) => {
    group.highCostCount = high[g] as number;
    group.highCost = group.highCostCount > 0;
    overall.highCostCount += group.highCostCount;
  });
  overall.highCost = overall.highCostCount > 0;
  groups.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { by, highCostThreshold: threshold, overall, groups: by.length > 0 ? groups : [] };
}

function keyOf(fee: BenchmarkFee, by: readonly BenchmarkDimension[]): BenchmarkGroup['key'] {
  const key: BenchmarkGroup['key'] = {};
  for (const d of by) key[d] = dimensionValue(fee, d);
  return key;
}

function describeGroup(label: string, key: BenchmarkGroup['key'], summary: AmountSummary): BenchmarkGroup {
  return { key, label, ...summary, highCostCount: 0, highCost: false, outliers: [] };
}

function addOutlier(group: BenchmarkGroup, fee: BenchmarkFee, index: number, weekly: number) {
  const outlier: BenchmarkOutlier = { index, weekly, side: weekly > group.upperFence ? 'high' : 'low' };
  if (fee.id !== undefined) outlier.id = fee.id;
  group.outliers.push(outlier);
}

/**
 * Sorts every fee's weekly amount and each group's: one radix sort of all amounts, then a stable
 * pass that deals them out to their groups in order, so each group comes out sorted. Falls back to
 * typed-array sorts for amounts a radix key cannot hold (negative, fractional or ≥ 2³² pence).
 */
function sortByGroup(
  weekly: Float64Array,
  groupOf: Int32Array,
  groupCount: number,
): { groups: Float64Array[]; all: Float64Array } {
  const n = weekly.length;
  const ends = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i += 1) {
    const slot = (groupOf[i] as number) + 1;
    ends[slot] = (ends[slot] as number) + 1;
  }
  for (let g = 1; g <= groupCount; g += 1) ends[g] = (ends[g] as number) + (ends[g - 1] as number);
  const cursor = ends.slice(0, groupCount);
  const buffer = new Float64Array(n);
  const order = radixOrder(weekly);
  const all = new Float64Array(n);
  for (let k = 0; k < n; k += 1) {
    const i = order ? (order[k] as number) : k;
    const g = groupOf[i] as number;
    const w = weekly[i] as number;
    all[k] = w;
    buffer[cursor[g] as number] = w;
    cursor[g] = (cursor[g] as number) + 1;
  }
  const groups = Array.from({ length: groupCount }, (_, g) =>
    buffer.subarray(ends[g] as number, ends[g + 1] as number),
  );
  if (!order) {
    all.sort();
    for (const group of groups) group.sort();
  }
  return { groups, all };
}

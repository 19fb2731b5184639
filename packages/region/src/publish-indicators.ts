import type { Proportion, SufficiencyIndicators } from '@placewise/sufficiency';
import { type SuppressedCount, suppressLine, suppressTable } from './suppress.js';

/** A proportion as published: its count and denominator suppressed, the percentage `null` with either. */
export interface PublishedProportion {
  count: SuppressedCount;
  of: SuppressedCount;
  percentage: number | null;
}

/**
 * A figure as published: every count a {@link SuppressedCount}, a proportion a {@link PublishedProportion},
 * anything else as it was.
 *
 * @example
 * const total: Published<number> = { count: 64, suppressed: false };
 */
export type Published<T> = T extends Proportion
  ? PublishedProportion
  : T extends number
    ? SuppressedCount
    : T extends string | boolean | null | undefined
      ? T
      : { [K in keyof T]: Published<T[K]> };

/**
 * The DfE indicators as published: every count of children of 1 to 4 (and those that would give one away)
 * `{ count: null, suppressed: true }`.
 *
 * @example
 * const published: PublishedIndicators = publishIndicators([leeds], leeds).region;
 */
export type PublishedIndicators = Published<SufficiencyIndicators>;

/** A breakdown that adds up to a total: its members' paths and the total's path (or their sum). */
interface Breakdown {
  members: string[];
  total: string | null;
}

type Leaves = Map<string, number>;

function leavesOf(value: unknown, path: string, into: Leaves): Leaves {
  if (typeof value === 'number') into.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) leavesOf(v, path === '' ? key : `${path}.${key}`, into);
  return into;
}

/** Figures that are not counts of children: percentages and rates follow their count's suppression. */
const isDerived = (path: string) => path.endsWith('.percentage') || path.endsWith('.ratePer10000');

/** The breakdowns of the indicators, with their members as every authority and the region have them. */
function breakdownsOf(all: readonly Leaves[]): Breakdown[] {
  // Every path under its parent's path, gathered in one pass over the leaves (151 authorities' and the
  // region's in a national report) rather than one pass for each breakdown.
  const children = new Map<string, Set<string>>();
  for (const leaves of all)
    for (const path of leaves.keys()) {
      const parent = path.slice(0, Math.max(0, path.lastIndexOf('.')));
      const members = children.get(parent) ?? new Set<string>();
      members.add(path);
      children.set(parent, members);
    }
  const under = (prefix: string) => [...(children.get(prefix) ?? [])].sort();
  const out: Breakdown[] = [];
  for (const count of ['claAt31March', 'startedDuringYear', 'ceasedDuringYear'])
    for (const by of ['byAgeBand', 'bySex', 'byUasc'])
      out.push({ members: under(`${count}.${by}`), total: `${count}.total` });
  for (const by of ['byPlaceCode', 'byCategory', 'byDfeGrouping'])
    out.push({ members: under(`placementMixAt31March.${by}`), total: null });
  for (const when of ['at31March', 'placementsStartedInYear']) {
    const prefix = `distanceLocality.${when}`;
    out.push({ members: under(prefix).filter((p) => p !== `${prefix}.total`), total: `${prefix}.total` });
  }
  out.push({ members: under('distanceLocality.localityAt31March'), total: null });
  out.push({
    members: under('under16OtherArrangements.byPlaceCode'),
    total: 'under16OtherArrangements.total',
  });
  return out;
}

/** The same children counted under two names: hidden under one, hidden under the other. */
const SAME_COUNT: [string, string][] = [
  ['uasc.at31March', 'claAt31March.byUasc.uasc'],
  ['uasc.startedDuringYear', 'startedDuringYear.byUasc.uasc'],
];

/**
 * Suppresses every count of children in the authorities' indicators and the region's (their sums) as
 * DfE does, so that none of 1 to 4 is shown and none hidden can be worked back from what is shown:
 * - each breakdown (children at 31 March by age band, by sex, …) is a table of authorities × members with
 *   the authorities' totals as row totals and the region's figures as column totals, suppressed with
 *   `suppressTable`; each line of totals is decided first with `suppressLine`, so a total is hidden in every
 *   table that shows it or in none;
 * - every other count (a proportion's count and denominator, coverage) is a line of the authorities' figures
 *   with the region's as its total (`suppressLine`);
 * - a percentage is `null` when its count or denominator is hidden, a rate per 10,000 when its total is.
 * Shown figures are exact. Breakdowns of the same children at different detail (place codes, categories,
 * DfE groupings) are each protected; differencing one against another is not checked.
 *
 * @example
 * const { authorities, region } = publishIndicators(report.authorities.map((a) => a.indicators), report.region);
 * authorities[0].claAt31March.byAgeBand['under-1']; // { count: null, suppressed: true } when 1 to 4
 */
export function publishIndicators(
  authorities: readonly SufficiencyIndicators[],
  region: SufficiencyIndicators,
): { authorities: PublishedIndicators[]; region: PublishedIndicators } {
  const all = [...authorities, region].map((i) => leavesOf(i, '', new Map()));
  const n = authorities.length;
  const regionLeaves = all[n] as Leaves;
  const hidden = all.map(() => new Set<string>());
  const figureOf = (i: number, path: string) => all[i]?.get(path) ?? 0;
  const done = new Set<string>();
  const line = (paths: readonly string[] | string) => {
    const path = typeof paths === 'string' ? paths : undefined;
    const of = (i: number) =>
      path !== undefined ? figureOf(i, path) : (paths as string[]).reduce((s, p) => s + figureOf(i, p), 0);
    return suppressLine(
      authorities.map((_a, i) => of(i)),
      of(n),
    );
  };
  for (const breakdown of breakdownsOf(all)) {
    if (breakdown.members.length === 0) continue;
    const totals = line(breakdown.total ?? breakdown.members);
    const columnTotals = suppressLine(
      breakdown.members.map((m) => figureOf(n, m)),
      breakdown.total
        ? figureOf(n, breakdown.total)
        : breakdown.members.reduce((s, m) => s + figureOf(n, m), 0),
    );
    const table = suppressTable(
      authorities.map((_a, i) => breakdown.members.map((m) => figureOf(i, m))),
      {
        hiddenRowTotals: totals.values.map((v) => v.suppressed),
        hiddenColumnTotals: columnTotals.values.map((v) => v.suppressed),
        hiddenTotal: totals.total.suppressed || columnTotals.total.suppressed,
      },
    );
    table.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell.suppressed) hidden[i]?.add(breakdown.members[j] as string);
      });
    });
    table.columnTotals.forEach((cell, j) => {
      if (cell.suppressed) hidden[n]?.add(breakdown.members[j] as string);
    });
    if (breakdown.total) {
      table.rowTotals.forEach((cell, i) => {
        if (cell.suppressed) hidden[i]?.add(breakdown.total as string);
      });
      if (table.total.suppressed) hidden[n]?.add(breakdown.total);
      done.add(breakdown.total);
    }
    for (const m of breakdown.members) done.add(m);
  }
  for (const path of regionLeaves.keys()) {
    if (done.has(path) || isDerived(path)) continue;
    const counts = line(path);
    counts.values.forEach((v, i) => {
      if (v.suppressed) hidden[i]?.add(path);
    });
    if (counts.total.suppressed) hidden[n]?.add(path);
  }
  for (const set of hidden)
    for (const [a, b] of SAME_COUNT) {
      if (set.has(a)) set.add(b);
      if (set.has(b)) set.add(a);
    }
  const publish = (value: unknown, path: string, i: number): unknown => {
    if (typeof value === 'number') {
      if (path.endsWith('.ratePer10000')) {
        const total = path.replace(/ratePer10000$/, 'total');
        return hidden[i]?.has(total)
          ? { count: null, suppressed: true }
          : { count: value, suppressed: false };
      }
      return hidden[i]?.has(path) ? { count: null, suppressed: true } : { count: value, suppressed: false };
    }
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    if ('percentage' in object && 'of' in object && 'count' in object) {
      const count = publish(object.count, `${path}.count`, i) as SuppressedCount;
      const of = publish(object.of, `${path}.of`, i) as SuppressedCount;
      return { count, of, percentage: count.suppressed || of.suppressed ? null : object.percentage };
    }
    const published: Record<string, unknown> = {};
    for (const key of Object.keys(object))
      published[key] = publish(object[key], path === '' ? key : `${path}.${key}`, i);
    return published;
  };
  return {
    authorities: authorities.map((a, i) => publish(a, '', i) as PublishedIndicators),
    region: publish(region, '', n) as PublishedIndicators,
  };
}

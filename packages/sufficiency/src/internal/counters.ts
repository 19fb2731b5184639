import { DfeGrouping, PlacementCategory } from '@placewise/model';
import { DfeAgeBand } from '../indicators/age-band.js';
import type { ChildCount, Proportion } from '../indicators/sufficiency-indicators.js';

/** An all-zero record over an enum's values. */
export function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** An all-zero {@link ChildCount}. */
export function emptyChildCount(): ChildCount {
  return {
    total: 0,
    byAgeBand: zeros(DfeAgeBand.options),
    bySex: { male: 0, female: 0, unknown: 0 },
    byUasc: { uasc: 0, nonUasc: 0 },
  };
}

/** Zero counts for every placement category and DfE grouping. */
export function emptyMix() {
  return {
    byPlaceCode: {} as Record<string, number>,
    byCategory: zeros(PlacementCategory.options),
    byDfeGrouping: zeros(DfeGrouping.options),
  };
}

/** Adds one to a key of a record. */
export function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** A record with its keys sorted, for stable JSON. */
export function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** A proportion with DfE's whole-number percentage. */
export function proportion(count: number, of: number): Proportion {
  return { count, of, percentage: of === 0 ? null : Math.round((count / of) * 100) };
}

import type { Placement } from '@placewise/model';
import { isOpenAt } from '@placewise/ssda903';

/**
 * Each child's placement open at the end of `date` (the last one, where a child has two), from placements
 * made by `derivePlacements`.
 *
 * @example
 * const atYearEnd = placementsOpenAt(dataset.placements, '2025-03-31');
 */
export function placementsOpenAt(placements: readonly Placement[], date: string): Placement[] {
  const byChild = new Map<string, Placement>();
  for (const p of placements) if (isOpenAt(p, date)) byChild.set(p.childId, p);
  return [...byChild.values()];
}

import type { Nation } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import type { Rule } from '../rule.js';
import { RULES } from '../rules/registry.js';

/**
 * The note a report carries when ENG-10 (placed far from home) ran but some placements in the period have no
 * known distance (a blank or unlocatable postcode), so its findings cover only the others; else undefined.
 * Temporary moves are not placements and are not counted, as the rule passes them over.
 */
export function uncheckedDistanceNote(
  dataset: SufficiencyDataset,
  period: { start: string; end: string },
  options: { nation: Nation; rules?: readonly Rule[] | undefined },
): string | undefined {
  const rule = (options.rules ?? RULES).find((r) => r.id === 'ENG-10' && r.nations.includes(options.nation));
  if (!rule) return undefined;
  let unknown = 0;
  for (const p of dataset.placements) {
    if (p.category === 'temporary' || p.distanceMiles !== undefined) continue;
    if (p.start <= period.end && (p.end === undefined || p.end >= period.start)) unknown += 1;
  }
  if (unknown === 0) return undefined;
  return `${rule.id} (${rule.title}) could not check ${unknown} placement${unknown === 1 ? '' : 's'} in the year whose distance from home is not known (postcode missing or not located); its findings cover the others only.`;
}

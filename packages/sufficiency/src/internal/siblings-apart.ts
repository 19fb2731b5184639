import type { Placement } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import type { DatasetIndex } from '../dataset-index.js';
import type { RuleFindingDraft, RuleWindow } from '../rule.js';
import { clipToRange } from './window.js';

function squash(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether two placements are in the same home: same placement postcode when both have one, else the same
 * setting, else the same URN (not for fostering, where the URN is the agency's). Undefined when unknown.
 */
function samePlace(a: Placement, b: Placement): boolean | undefined {
  if (a.placementPostcode && b.placementPostcode)
    return squash(a.placementPostcode) === squash(b.placementPostcode);
  if (a.settingId && b.settingId) return a.settingId === b.settingId;
  const fostering = a.placementType.startsWith('U') || b.placementType.startsWith('U');
  if (!fostering && a.urn && b.urn && a.urn !== 'XXXXXXX') return a.urn === b.urn;
  return undefined;
}

/** Findings for looked-after siblings living apart during the window (both directions reported once). */
export function findSiblingsApart(
  dataset: SufficiencyDataset,
  index: DatasetIndex,
  window: RuleWindow,
  reason: string,
): RuleFindingDraft[] {
  const findings: RuleFindingDraft[] = [];
  const seen = new Set<string>();
  for (const link of dataset.siblingLinks ?? []) {
    if (link.placeApartAgreed || link.childId === link.siblingId) continue;
    const [first, second] =
      link.childId < link.siblingId ? [link.childId, link.siblingId] : [link.siblingId, link.childId];
    const key = `${first}\u0000${second}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const range = link.since && link.since > window.start ? { start: link.since, end: window.end } : window;
    for (const a of index.placementsByChild.get(first) ?? []) {
      if (a.category === 'temporary') continue;
      const clippedA = clipToRange(a, range);
      if (!clippedA) continue;
      for (const b of index.placementsByChild.get(second) ?? []) {
        if (b.category === 'temporary') continue;
        const both = clipToRange(b, clippedA);
        if (!both || samePlace(a, b) !== false) continue;
        findings.push({
          childId: first,
          relatedChildId: second,
          placementId: a.id,
          from: both.start,
          to: both.end,
          reason,
        });
      }
    }
  }
  return findings;
}

import { CATEGORY_LABELS } from '@placewise/model';
import { generateAuthority } from '@placewise/synthetic';

/** Generates a synthetic authority and counts its placements by category. */
export function placementsByCategory(seed = 1): Map<string, number> {
  const la = generateAuthority({ seed, children: 200 });
  const counts = new Map<string, number>();
  for (const placement of la.placements) {
    const label = CATEGORY_LABELS[placement.category];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

// placementsByCategory() → Map { 'Fostering: in-house' => 187, 'Fostering: agency' => 121, … }

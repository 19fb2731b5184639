import type { Fee, Pence } from '@placewise/model';
import { allocatePence } from './allocate.js';

/** A cost split between the three funders the LIIA and regional returns record. */
export interface ContributionSplit {
  socialCare: Pence;
  health: Pence;
  education: Pence;
}

/**
 * Splits a cost between social care, health and education in proportion to a fee's contributions,
 * with {@link allocatePence} so the three always add up to the cost. A fee without contributions is
 * all social care (the placing authority's children's services pay unless an agreement says not).
 *
 * @example
 * splitByContributions(1000, { socialCare: 2, health: 1, education: 0 }); // { socialCare: 667, health: 333, education: 0 }
 */
export function splitByContributions(
  cost: Pence,
  contributions: Fee['contributions'] | undefined,
): ContributionSplit {
  if (!contributions) return { socialCare: cost, health: 0, education: 0 };
  const [socialCare = 0, health = 0, education = 0] = allocatePence(cost, [
    contributions.socialCare,
    contributions.health,
    contributions.education,
  ]);
  return { socialCare, health, education };
}

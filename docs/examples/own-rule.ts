import type { SufficiencyDataset } from '@placewise/sufficiency';
import { defineRule, evaluateRules, RULES } from '@placewise/sufficiency';
import * as z from 'zod';

/**
 * A local rule: flag placements more than 50 miles from home (a council's own policy, stricter than DfE's
 * 20-mile indicator band). It has the same shape as the built-in rules: an id, the nations it applies to,
 * its basis, the dates it is in force and parameters whose defaults can be overridden per run.
 */
export const farFromHome = defineRule({
  id: 'LOCAL-01',
  title: 'Placed more than 50 miles from home',
  nations: ['england'],
  severity: 'flag',
  legalBasis: {
    instrument: 'Children Act 1989',
    section: 's22C(7)(b) and (8)(a): near home (local policy threshold)',
  },
  inForce: { from: '2011-04-01' },
  parameters: z.object({ miles: z.number().positive().default(50) }),
  evaluate: (dataset, { parameters, window }) =>
    dataset.placements
      .filter((p) => (p.distanceMiles ?? 0) > parameters.miles)
      .filter((p) => p.start <= window.end && (p.end === undefined || p.end >= window.start))
      .map((p) => ({
        childId: p.childId,
        placementId: p.id,
        from: [p.start, window.start].sort().at(-1) ?? p.start,
        reason: `Placed more than ${parameters.miles} miles from home (PL_DISTANCE).`,
      })),
});

/** Runs the built-in rules and the local one together, with the local threshold set for this run. */
export function runWithLocalRule(dataset: SufficiencyDataset, miles: number) {
  return evaluateRules(
    dataset,
    { period: { start: '2024-04-01', end: '2025-03-31' } },
    { nation: 'england', rules: [...RULES, farFromHome], parameters: { 'LOCAL-01': { miles } } },
  );
}

import * as z from 'zod';
import { scanPlacements } from '../internal/dataset-scan.js';
import { forEachPlacementIn } from '../internal/placements-in.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-10: a placement more than `thresholdMiles` (20) from home (PL_DISTANCE, the DfE straight-line measure) is
 * flagged. Not a legal limit: a proxy for the duty to place near home "so far as reasonably practicable".
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng10], parameters: { 'ENG-10': { thresholdMiles: 30 } } });
 */
export const eng10 = defineRule({
  id: 'ENG-10',
  title: 'Placed far from home',
  nations: ['england', 'wales'],
  severity: 'flag',
  legalBasis: {
    instrument: 'Children Act 1989; Social Services and Well-being (Wales) Act 2014',
    section: 's22C(8)(a); s81',
  },
  inForce: { from: '2011-04-01' },
  parameters: z.object({ thresholdMiles: z.number().nonnegative().default(20) }),
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    // The distances sit in a typed array: only placements over the threshold are read.
    const { withDistance, distances } = scanPlacements(dataset);
    const far: number[] = [];
    for (let i = 0; i < distances.length; i++)
      if ((distances[i] as number) > parameters.thresholdMiles) far.push(withDistance[i] as number);
    const reason = `Placed more than ${parameters.thresholdMiles} miles from home (straight line, DfE method).`;
    forEachPlacementIn(dataset, far, window, (placement, overlap) => {
      // A temporary move (T0–T4) is no placement: not a new out-of-area or distant placement.
      if (placement.category === 'temporary') return;
      if (placement.distanceMiles === undefined || placement.distanceMiles <= parameters.thresholdMiles)
        return;
      findings.push({
        childId: placement.childId,
        placementId: placement.id,
        from: overlap.start,
        to: overlap.end,
        reason,
      });
    });
    return findings;
  },
});

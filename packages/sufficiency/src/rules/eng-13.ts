import * as z from 'zod';
import { forEachIn } from '../internal/for-each-in.js';
import { clipToRange } from '../internal/window.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-13: while a deprivation-of-liberty order is in force the child should be in a children's home (K2) or
 * Z12/Z13; K1, P1, R5 or K3 is a breach of the DfE data rules, any other placement is flagged.
 *
 * @example
 * evaluateRules({ ...dataset, dolOrders }, { asOf: '2026-06-30' }, { nation: 'england', rules: [eng13] });
 */
export const eng13 = defineRule({
  id: 'ENG-13',
  title: 'Placement under a deprivation-of-liberty order',
  nations: ['england'],
  severity: 'flag',
  legalBasis: {
    instrument:
      'DfE SSDA903 data rules 709 and 710 (2026-27); President of the Family Division practice guidance on DoL orders',
    section: 'rules 709, 710',
  },
  inForce: { from: '2026-04-01' },
  parameters: z.object({
    expectedPlaces: z.array(z.string()).default(['K2', 'Z12', 'Z13']),
    forbiddenPlaces: z.array(z.string()).default(['K1', 'P1', 'R5', 'K3']),
  }),
  notAssessable: (dataset) =>
    dataset.dolOrders === undefined
      ? 'it needs deprivation-of-liberty orders, which the SSDA903 return holds only from 2026-27 (DoLo table); supply them to check it.'
      : undefined,
  evaluate(dataset, { window, parameters, index }) {
    const expected = new Set(parameters.expectedPlaces);
    const forbidden = new Set(parameters.forbiddenPlaces);
    const findings: RuleFindingDraft[] = [];
    forEachIn(dataset.dolOrders ?? [], window, (order, orderDays) => {
      forEachIn(index.episodesByChild.get(order.childId) ?? [], orderDays, (episode, overlap) => {
        if (expected.has(episode.placementType)) return;
        const isForbidden = forbidden.has(episode.placementType);
        const days = clipToRange(overlap, orderDays);
        if (!days) return;
        findings.push({
          childId: order.childId,
          episodeStart: episode.start,
          from: days.start,
          to: days.end,
          severity: isForbidden ? 'breach' : 'flag',
          reason: isForbidden
            ? `Subject to a deprivation-of-liberty order while in PLACE ${episode.placementType}, which DfE rule 710 does not allow.`
            : `Subject to a deprivation-of-liberty order while in PLACE ${episode.placementType}, not a children's home (K2) or Z12/Z13.`,
        });
      });
    });
    return findings;
  },
});

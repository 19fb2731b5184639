import * as z from 'zod';
import { scanPlacements } from '../internal/dataset-scan.js';
import { hasApproval } from '../internal/has-approval.js';
import { withoutApprovals } from '../internal/not-assessable.js';
import { forEachPlacementIn } from '../internal/placements-in.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-06: a placement "at a distance" (outside the responsible authority and not in an adjoining one) needs the
 * Director of Children's Services' approval, after consulting the area authority. Adjacency comes from the
 * `adjacency` parameter (responsible authority → adjoining authorities, GSS codes); without an entry for the
 * responsible authority the rule cannot decide and reports nothing.
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-03-31' }, {
 *   nation: 'england', rules: [eng06],
 *   parameters: { 'ENG-06': { adjacency: { E08000035: ['E08000032', 'E08000033', 'E08000034', 'E08000036', 'E06000014', 'E10000023'] } } },
 * });
 */
export const eng06 = defineRule({
  id: 'ENG-06',
  title: 'Distant placement without DCS approval',
  nations: ['england'],
  severity: 'needs-approval',
  legalBasis: {
    instrument:
      'Care Planning, Placement and Case Review (England) Regulations 2010, as amended by SI 2013/3239',
    section: 'reg 11(1)(b), (5)',
    unconfirmed: 'In-force date of the SI 2013/3239 amendments taken as 1 April 2014 [R].',
  },
  inForce: { from: '2014-04-01' },
  parameters: z.object({ adjacency: z.record(z.string(), z.array(z.string())).default({}) }),
  notAssessable: (dataset) =>
    withoutApprovals(dataset, "Director of Children's Services approvals (CPPCR reg 11)"),
  evaluate(dataset, { window, index, parameters, responsibleAuthority }) {
    const findings: RuleFindingDraft[] = [];
    // With no adjacency given no placement can be checked: skip the walk (the default).
    if (Object.keys(parameters.adjacency).length === 0) return findings;
    forEachPlacementIn(dataset, scanPlacements(dataset).outOfArea, window, (placement, overlap) => {
      // A temporary move (T0–T4) is no placement: not a new out-of-area or distant placement.
      if (placement.category === 'temporary') return;
      if (placement.locality !== 'OUT' || placement.placementAuthority === undefined) return;
      const home = index.childrenById.get(placement.childId)?.responsibleAuthority ?? responsibleAuthority;
      const adjoining = home === undefined ? undefined : parameters.adjacency[home];
      if (!adjoining || adjoining.includes(placement.placementAuthority)) return;
      if (hasApproval(index, placement, ['director-of-childrens-services'])) return;
      findings.push({
        childId: placement.childId,
        placementId: placement.id,
        from: overlap.start,
        to: overlap.end,
        reason:
          'Placed outside the responsible authority and not in an adjoining one, with no DCS approval recorded.',
      });
    });
    return findings;
  },
});

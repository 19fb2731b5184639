import * as z from 'zod';
import { scanPlacements } from '../internal/dataset-scan.js';
import { hasApproval } from '../internal/has-approval.js';
import { withoutApprovals } from '../internal/not-assessable.js';
import { forEachPlacementIn } from '../internal/placements-in.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

const REASON = 'Placed outside the responsible authority with no nominated-officer approval recorded.';

/**
 * ENG-05: a placement outside the responsible authority (PL_LOCATION `OUT`) needs the nominated officer's
 * approval; a placement with no such approval (or a DCS approval) recorded is reported.
 *
 * @example
 * evaluateRules({ ...dataset, approvals }, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng05] });
 */
export const eng05 = defineRule({
  id: 'ENG-05',
  title: 'Out-of-area placement without nominated-officer approval',
  nations: ['england'],
  severity: 'needs-approval',
  legalBasis: {
    instrument: 'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959)',
    section: 'reg 11',
  },
  inForce: { from: '2011-04-01' },
  parameters: z.object({}),
  notAssessable: (dataset) => withoutApprovals(dataset, 'nominated-officer approvals (CPPCR reg 11)'),
  evaluate(dataset, { window, index }) {
    const findings: RuleFindingDraft[] = [];
    forEachPlacementIn(dataset, scanPlacements(dataset).outOfArea, window, (placement, overlap) => {
      // A temporary move (T0–T4) is no placement: not a new out-of-area or distant placement.
      if (placement.category === 'temporary') return;
      if (placement.locality !== 'OUT') return;
      if (hasApproval(index, placement, ['nominated-officer', 'director-of-childrens-services'])) return;
      const { childId, id: placementId, settingId } = placement;
      // Two literals rather than a spread: the same keys in the same order, without a copy per finding.
      findings.push(
        settingId
          ? { childId, placementId, settingId, from: overlap.start, to: overlap.end, reason: REASON }
          : { childId, placementId, from: overlap.start, to: overlap.end, reason: REASON },
      );
    });
    return findings;
  },
});

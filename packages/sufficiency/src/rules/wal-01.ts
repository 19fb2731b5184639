import * as z from 'zod';
import { scanPlacements } from '../internal/dataset-scan.js';
import { hasApproval } from '../internal/has-approval.js';
import { withoutApprovals } from '../internal/not-assessable.js';
import { forEachPlacementIn } from '../internal/placements-in.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/** The preference order for out-of-area placements in Wales, best first (CPPCR (Wales) reg 12). */
const TIERS = [
  'a bordering Welsh authority',
  'a bordering English authority',
  'another Welsh authority',
  'an English authority',
  'outside England and Wales',
] as const;

function tierOf(authority: string, bordering: readonly string[]): number {
  if (authority.startsWith('W') || authority === 'WAL') return bordering.includes(authority) ? 0 : 2;
  if (authority.startsWith('E')) return bordering.includes(authority) ? 1 : 3;
  return 4;
}

/**
 * WAL-01: a Welsh authority may place out of area only when no in-area placement meets the child's needs, in
 * the order of preference bordering Welsh → bordering English → other Welsh → English → outside England and
 * Wales, and with panel approval. Out-of-area placements with no panel approval are reported, naming the
 * preference tier (bordering authorities from the `bordering` parameter: responsible authority → codes).
 *
 * @example
 * evaluateRules(dataset, { asOf: '2025-03-31' }, { nation: 'wales', rules: [wal01], parameters: { 'WAL-01': { bordering: { W06000015: ['W06000014', 'W06000018'] } } } });
 */
export const wal01 = defineRule({
  id: 'WAL-01',
  title: 'Out-of-area placement without panel approval (Wales)',
  nations: ['wales'],
  severity: 'needs-approval',
  legalBasis: {
    instrument:
      'Social Services and Well-being (Wales) Act 2014 s81; Care Planning, Placement and Case Review (Wales) Regulations 2015',
    section: 'reg 12',
  },
  inForce: { from: '2016-04-06' },
  parameters: z.object({ bordering: z.record(z.string(), z.array(z.string())).default({}) }),
  notAssessable: (dataset) => withoutApprovals(dataset, 'placement panel approvals (CPPCR (Wales) reg 12)'),
  evaluate(dataset, { window, index, parameters, responsibleAuthority }) {
    const findings: RuleFindingDraft[] = [];
    forEachPlacementIn(dataset, scanPlacements(dataset).outOfArea, window, (placement, overlap) => {
      if (placement.locality !== 'OUT') return;
      if (hasApproval(index, placement, ['panel'])) return;
      const home = index.childrenById.get(placement.childId)?.responsibleAuthority ?? responsibleAuthority;
      const tier = placement.placementAuthority
        ? TIERS[tierOf(placement.placementAuthority, (home && parameters.bordering[home]) || [])]
        : undefined;
      findings.push({
        childId: placement.childId,
        placementId: placement.id,
        from: overlap.start,
        to: overlap.end,
        reason: `Placed outside the authority${tier ? ` (in ${tier})` : ''} with no panel approval recorded; reg 12 requires it and the order of preference to be followed.`,
      });
    });
    return findings;
  },
});

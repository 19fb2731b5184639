import * as z from 'zod';
import { daysAged } from '../internal/age-range.js';
import { childTableOf, groupPlacements } from '../internal/dataset-scan.js';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { hasApproval } from '../internal/has-approval.js';
import { withoutApprovals } from '../internal/not-assessable.js';
import { placementIn } from '../internal/placement-of.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-19: a child under 13 may be placed in secure accommodation (PLACE K1) only with the Secretary of State's
 * prior approval; a K1 episode while under 13 with no such approval recorded for the placement is reported.
 *
 * @example
 * evaluateRules({ ...dataset, approvals }, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng19] });
 */
export const eng19 = defineRule({
  id: 'ENG-19',
  title: 'Child under 13 in secure accommodation without approval',
  nations: ['england'],
  severity: 'needs-approval',
  legalBasis: {
    instrument: 'Children Act 1989 s25; Children (Secure Accommodation) Regulations 1991 (SI 1991/1505)',
    section: 'reg 4',
  },
  inForce: { from: '1991-10-14' },
  parameters: z.object({ minAgeWithoutApproval: z.number().int().positive().default(13) }),
  notAssessable: (dataset) => withoutApprovals(dataset, 'Secretary of State approvals for under-13s'),
  evaluate(dataset, { window, parameters, index }) {
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(dataset, ['K1'], window, (episode, overlap, child, ordinal) => {
      if (!child) return;
      const under = daysAged(child.dateOfBirth, overlap, { max: parameters.minAgeWithoutApproval });
      if (!under) return;
      groupPlacements(dataset);
      const placement = placementIn(childTableOf(dataset).placements[ordinal], episode);
      if (placement && hasApproval(index, placement, ['secretary-of-state'])) return;
      findings.push({
        childId: episode.childId,
        episodeStart: episode.start,
        ...(placement ? { placementId: placement.id } : {}),
        from: under.start,
        to: under.end,
        reason: `In secure accommodation (PLACE K1) under ${parameters.minAgeWithoutApproval} with no Secretary of State approval recorded.`,
      });
    });
    return findings;
  },
});

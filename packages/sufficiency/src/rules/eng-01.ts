import * as z from 'zod';
import { daysAged } from '../internal/age-range.js';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-01: no child under 16 in "other arrangements" (s22C(6)(d)). Supported or independent accommodation
 * (H5, P2, K3) under 16 is a breach; Z1/Z11–Z14 under 16 is flagged for review, since other arrangements stay
 * lawful in a care home, hospital, residential family centre, school or disabled children's holiday scheme.
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng01] });
 */
export const eng01 = defineRule({
  id: 'ENG-01',
  title: 'Child under 16 placed in other arrangements',
  nations: ['england'],
  severity: 'breach',
  legalBasis: {
    instrument:
      'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), inserted by SI 2021/161',
    section: 'reg 27A',
  },
  inForce: { from: '2021-09-09' },
  parameters: z.object({
    minAge: z.number().int().positive().default(16),
    bannedPlaces: z.array(z.string()).default(['H5', 'P2', 'K3']),
    reviewPlaces: z.array(z.string()).default(['Z1', 'Z11', 'Z12', 'Z13', 'Z14']),
  }),
  evaluate(dataset, { window, parameters }) {
    const banned = new Set(parameters.bannedPlaces);
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(
      dataset,
      [...parameters.bannedPlaces, ...parameters.reviewPlaces],
      window,
      (episode, overlap, child) => {
        const isBanned = banned.has(episode.placementType);
        if (!child) return;
        const under = daysAged(child.dateOfBirth, overlap, { max: parameters.minAge });
        if (!under) return;
        findings.push({
          childId: episode.childId,
          episodeStart: episode.start,
          from: under.start,
          to: under.end,
          severity: isBanned ? 'breach' : 'flag',
          reason: isBanned
            ? `Placed under ${parameters.minAge} in PLACE ${episode.placementType} (supported or independent accommodation), which the ban on other arrangements for under-${parameters.minAge}s forbids.`
            : `Placed under ${parameters.minAge} in PLACE ${episode.placementType} (other placement): check it is a care home, hospital, residential family centre, school or holiday scheme.`,
        });
      },
    );
    return findings;
  },
});

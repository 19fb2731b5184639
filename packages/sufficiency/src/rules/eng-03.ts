import * as z from 'zod';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-03: independent living (PLACE P2) ceased to be a lawful placement for looked-after children on
 * 28 October 2023. As DfE SSDA903 rule 217t has it, any P2 episode that ends after 28 October 2023, or is
 * still open, fails, whenever it began; one ending on or before that day does not. The finding covers the
 * episode's days in the window from 28 October 2023.
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng03] });
 */
export const eng03 = defineRule({
  id: 'ENG-03',
  title: 'Independent living (P2) after 28 October 2023',
  nations: ['england'],
  severity: 'breach',
  legalBasis: {
    instrument:
      'Care Planning, Placement and Case Review (England) Regulations 2010 (as amended by SI 2023/416); DfE SSDA903 rule 217t',
    section: 'reg 27C',
  },
  inForce: { from: '2023-10-28' },
  parameters: z.object({
    places: z.array(z.string()).default(['P2']),
    /** Episodes ending on or before this day pass (rule 217t). */
    endedAfter: z.string().default('2023-10-28'),
  }),
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(dataset, parameters.places, window, (episode, overlap) => {
      if (episode.end !== undefined && episode.end <= parameters.endedAfter) return;
      findings.push({
        childId: episode.childId,
        episodeStart: episode.start,
        from: overlap.start,
        to: overlap.end,
        reason: `Placed in PLACE ${episode.placementType} (independent living), which may not be used for looked-after children from 28 October 2023.`,
      });
    });
    return findings;
  },
});

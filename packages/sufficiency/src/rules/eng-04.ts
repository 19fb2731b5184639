import * as z from 'zod';
import { childTableOf, groupPlacements } from '../internal/dataset-scan.js';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { isOutsideEngland, placementIn } from '../internal/placement-of.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-04: a children's home (PLACE K2) in England must be registered with Ofsted, so the episode must carry
 * its URN (not blank, not `XXXXXXX`). Placements outside England (placement authority SCO/WAL/NIR or a
 * non-English code) are not checked, as DfE rule 218 allows.
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng04] });
 */
export const eng04 = defineRule({
  id: 'ENG-04',
  title: "Children's home without an Ofsted URN",
  nations: ['england'],
  severity: 'breach',
  legalBasis: {
    instrument: 'Care Standards Act 2000; DfE SSDA903 rule 218',
    section: 'Part 2, s11',
    unconfirmed:
      'In-force date taken as 1 April 2002 (registration of children’s homes under the 2000 Act) [R].',
  },
  inForce: { from: '2002-04-01' },
  parameters: z.object({ places: z.array(z.string()).default(['K2']) }),
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(dataset, parameters.places, window, (episode, overlap, _child, ordinal) => {
      const urn = episode.urn?.trim().toUpperCase();
      if (urn && urn !== 'XXXXXXX') return;
      groupPlacements(dataset);
      const placement = placementIn(childTableOf(dataset).placements[ordinal], episode);
      if (isOutsideEngland(placement?.placementAuthority)) return;
      findings.push({
        childId: episode.childId,
        episodeStart: episode.start,
        from: overlap.start,
        to: overlap.end,
        reason: `Placed in a children's home (PLACE ${episode.placementType}) with no Ofsted URN recorded.`,
      });
    });
    return findings;
  },
});

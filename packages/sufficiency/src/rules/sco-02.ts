import * as z from 'zod';
import { daysAged } from '../internal/age-range.js';
import { scanEpisodes } from '../internal/dataset-scan.js';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * SCO-02: from 28 August 2024 no child under 18 may be detained in a young offender institution in Scotland
 * (secure care instead). Any day in PLACE R5 under 18 on or after that date is a breach.
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-09-30' }, { nation: 'scotland', rules: [sco02] });
 */
export const sco02 = defineRule({
  id: 'SCO-02',
  title: 'Under-18 in a young offender institution (Scotland)',
  nations: ['scotland'],
  severity: 'breach',
  legalBasis: {
    instrument: 'Children (Care and Justice) (Scotland) Act 2024',
    section: 'provisions ending detention of under-18s in YOIs',
    unconfirmed: 'Section numbers not re-read; commencement 28 August 2024 per Scottish Government [C].',
  },
  inForce: { from: '2024-08-28' },
  parameters: z.object({ places: z.array(z.string()).default(['R5']) }),
  notAssessable: (dataset, { parameters }) =>
    parameters.places.some((place) => scanEpisodes(dataset).indicesByPlacementType.has(place))
      ? undefined
      : `the data given use none of the placement types ${parameters.places.join(', ')} (SSDA903 R5 is an English code that Scottish returns do not use), so a child in a young offender institution cannot be told apart; supply the placement type that records one (parameter places) to check it.`,
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(dataset, parameters.places, window, (episode, overlap, child) => {
      const under18 = child && daysAged(child.dateOfBirth, overlap, { max: 18 });
      if (!under18) return;
      findings.push({
        childId: episode.childId,
        episodeStart: episode.start,
        from: under18.start,
        to: under18.end,
        reason: `Under 18 in a young offender institution (PLACE ${episode.placementType}) on or after 28 August 2024.`,
      });
    });
    return findings;
  },
});

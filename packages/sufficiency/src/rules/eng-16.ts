import type { Episode } from '@placewise/model';
import * as z from 'zod';
import { birthdayAt } from '../internal/birthday.js';
import { childTableOf, scanEpisodes } from '../internal/dataset-scan.js';
import { dayKey } from '../internal/day.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-16: minimum ages on the day an episode starts (DECOM), as the DfE SSDA903 validation rules set them:
 * by placement type (supported accommodation K3/H5 and independent living P2 16, residential employment P3 14,
 * YOI R5 10, residential school S1 4) and by legal status (remand and youth-justice J1–J3 10).
 *
 * @example
 * evaluateRules(dataset, { period: { start: '2024-04-01', end: '2025-03-31' } }, { nation: 'england', rules: [eng16] });
 */
export const eng16 = defineRule({
  id: 'ENG-16',
  title: 'Under the minimum age for the placement or legal status',
  nations: ['england'],
  severity: 'flag',
  legalBasis: {
    instrument: 'DfE SSDA903 validation rules',
    section: 'rules 358, 370–374',
    unconfirmed:
      'Taken as in force from the 2023-24 collection, when the K3/H5 minimum rose from 14 to 16 [R].',
  },
  inForce: { from: '2023-04-01' },
  parameters: z.object({
    placeMinimumAge: z
      .record(z.string(), z.number().int().nonnegative())
      .default({ K3: 16, H5: 16, P2: 16, P3: 14, R5: 10, S1: 4 }),
    legalStatusMinimumAge: z
      .record(z.string(), z.number().int().nonnegative())
      .default({ J1: 10, J2: 10, J3: 10 }),
  }),
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    // The start keys rule out episodes outside the window without reading them; the strings decide the rest.
    const { starts, ordinals } = scanEpisodes(dataset);
    const children = childTableOf(dataset).children;
    const from = dayKey(window.start);
    const to = dayKey(window.end);
    const episodes = dataset.episodes;
    for (let i = 0; i < episodes.length; i++) {
      const key = starts[i] as number;
      if (key < from || key > to) continue;
      const episode = episodes[i] as Episode;
      if (episode.start < window.start || episode.start > window.end) continue;
      const byPlace = parameters.placeMinimumAge[episode.placementType];
      const byStatus = parameters.legalStatusMinimumAge[episode.legalStatus];
      if (byPlace === undefined && byStatus === undefined) continue;
      const child = children[ordinals[i] as number];
      if (!child) continue;
      const checks: [number | undefined, string][] = [
        [byPlace, `PLACE ${episode.placementType}`],
        [byStatus, `legal status ${episode.legalStatus}`],
      ];
      for (const [minimum, what] of checks) {
        if (minimum === undefined || episode.start >= birthdayAt(child.dateOfBirth, minimum)) continue;
        findings.push({
          childId: episode.childId,
          episodeStart: episode.start,
          from: episode.start,
          reason: `Under ${minimum} when the episode began in ${what}, below the minimum age for it.`,
        });
      }
    }
    return findings;
  },
});

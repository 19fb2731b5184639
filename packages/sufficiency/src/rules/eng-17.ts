import * as z from 'zod';
import { daysBetween, fromDay, toDay } from '../internal/day.js';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-17: temporary placements have maximum lengths (DEC − DECOM, in days; an open episode is measured to the
 * end of the window): hospital T1 42 days, carer's holiday T3 21 days and no more than two T3 episodes
 * starting within 365 days, any other temporary move T4 7 days.
 *
 * @example
 * evaluateRules(dataset, { period: { start: '2024-04-01', end: '2025-03-31' } }, { nation: 'england', rules: [eng17] });
 */
export const eng17 = defineRule({
  id: 'ENG-17',
  title: 'Temporary placement too long or too frequent',
  nations: ['england'],
  severity: 'flag',
  legalBasis: {
    instrument: 'DfE SSDA903 guidance and validation rules on temporary placements',
    section: 'PLACE T1, T3, T4',
    unconfirmed: 'The rules have applied for many years; the in-force date is taken as 1 April 2011 [R].',
  },
  inForce: { from: '2011-04-01' },
  parameters: z.object({
    maxDays: z.record(z.string(), z.number().int().positive()).default({ T1: 42, T3: 21, T4: 7 }),
    maxT3Per365Days: z.number().int().positive().default(2),
  }),
  evaluate(dataset, { window, parameters, index }) {
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(dataset, Object.keys(parameters.maxDays), window, (episode, overlap) => {
      const max = parameters.maxDays[episode.placementType];
      if (max === undefined) return;
      const days = daysBetween(episode.start, episode.end ?? window.end);
      const from = fromDay(Math.max(toDay(episode.start) + max + 1, toDay(overlap.start)));
      if (days <= max || from > overlap.end) return;
      findings.push({
        childId: episode.childId,
        episodeStart: episode.start,
        from,
        to: overlap.end,
        reason: `Temporary placement ${episode.placementType} lasted ${days} days${episode.end ? '' : ' so far'}, over the maximum of ${max}.`,
      });
    });
    const t3 = new Map<string, string[]>();
    for (const e of index.episodesByPlacementType.get('T3') ?? []) {
      const list = t3.get(e.childId);
      if (list) list.push(e.start);
      else t3.set(e.childId, [e.start]);
    }
    for (const [childId, starts] of t3) {
      starts.sort();
      for (let i = parameters.maxT3Per365Days; i < starts.length; i++) {
        const start = starts[i] as string;
        const earliest = starts[i - parameters.maxT3Per365Days] as string;
        if (start < window.start || start > window.end || daysBetween(earliest, start) >= 365) continue;
        findings.push({
          childId,
          episodeStart: start,
          from: start,
          reason: `More than ${parameters.maxT3Per365Days} carer's-holiday placements (T3) began within 365 days.`,
        });
      }
    }
    return findings;
  },
});

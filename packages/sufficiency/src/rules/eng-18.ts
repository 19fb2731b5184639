import type { Episode } from '@placewise/model';
import * as z from 'zod';
import { daysBetween } from '../internal/day.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * ENG-18: a series of short breaks (legal status V3) stays within the short-break modifications of the Care
 * Planning regulations only if no single break lasts more than 17 days and breaks total no more than 75 days
 * in any 12 months. Days are DEC − DECOM; the 12 months are the 365 days up to each break's start.
 *
 * @example
 * evaluateRules(dataset, { period: { start: '2024-04-01', end: '2025-03-31' } }, { nation: 'england', rules: [eng18] });
 */
export const eng18 = defineRule({
  id: 'ENG-18',
  title: 'Short breaks over the permitted length',
  nations: ['england'],
  severity: 'flag',
  legalBasis: {
    instrument:
      'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959); DfE SSDA903 rules',
    section: 'reg 48',
  },
  inForce: { from: '2011-04-01' },
  parameters: z.object({
    legalStatuses: z.array(z.string()).default(['V3']),
    maxDaysPerBreak: z.number().int().positive().default(17),
    maxDaysPer12Months: z.number().int().positive().default(75),
  }),
  evaluate(dataset, { window, parameters }) {
    const statuses = new Set(parameters.legalStatuses);
    const findings: RuleFindingDraft[] = [];
    const byChild = new Map<string, Episode[]>();
    for (const e of dataset.episodes) {
      if (!statuses.has(e.legalStatus) || e.end === undefined) continue;
      const list = byChild.get(e.childId);
      if (list) list.push(e);
      else byChild.set(e.childId, [e]);
    }
    for (const [childId, breaks] of byChild) {
      breaks.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      for (let i = 0; i < breaks.length; i++) {
        const current = breaks[i];
        if (!current || current.start < window.start || current.start > window.end) continue;
        const days = daysBetween(current.start, current.end as string);
        if (days > parameters.maxDaysPerBreak) {
          findings.push({
            childId,
            episodeStart: current.start,
            from: current.start,
            reason: `A short break lasted ${days} days, over the ${parameters.maxDaysPerBreak}-day maximum for one break.`,
          });
        }
        let total = 0;
        for (let j = 0; j <= i; j++) {
          const earlier = breaks[j] as Episode;
          if (daysBetween(earlier.start, current.start) < 365)
            total += daysBetween(earlier.start, earlier.end as string);
        }
        if (total > parameters.maxDaysPer12Months) {
          findings.push({
            childId,
            episodeStart: current.start,
            from: current.start,
            reason: `Short breaks reached ${total} days within 12 months, over the ${parameters.maxDaysPer12Months}-day maximum.`,
          });
        }
      }
    }
    return findings;
  },
});

import type { Placement } from '@placewise/model';
import { z } from 'zod';
import { fromDay, toDay } from '../internal/day.js';
import { forEachIn } from '../internal/for-each-in.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

const FOSTERING = new Set(['kinship-fostering', 'fostering-in-house', 'fostering-agency']);

/** Stretches of days on which more than `limit` of the placements overlap. */
function daysOverLimit(placements: readonly { start: string; end: string }[], limit: number) {
  const events: [number, number][] = [];
  for (const p of placements) events.push([toDay(p.start), 1], [toDay(p.end) + 1, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const spans: { start: string; end: string; count: number }[] = [];
  let count = 0;
  let openedAt: number | undefined;
  let peak = 0;
  for (const [day, delta] of events) {
    count += delta;
    if (count > limit && openedAt === undefined) openedAt = day;
    if (openedAt !== undefined) peak = Math.max(peak, count);
    if (count <= limit && openedAt !== undefined) {
      spans.push({ start: fromDay(openedAt), end: fromDay(day - 1), count: peak });
      openedAt = undefined;
      peak = 0;
    }
  }
  return spans;
}

/**
 * ENG-15: a foster household may care for no more than three fostered children unless exempted. Checked two
 * ways for foster and kinship households without `fosteringLimitExemption`: the setting's own
 * `fosteredChildren` count, and the number of fostering placements at the setting (by `settingId`, or by URN
 * when the URN is the household's own) on the same days.
 *
 * @example
 * evaluateRules({ ...dataset, settings }, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng15] });
 */
export const eng15 = defineRule({
  id: 'ENG-15',
  title: 'Usual fostering limit exceeded',
  nations: ['england'],
  severity: 'breach',
  legalBasis: {
    instrument: 'Children Act 1989',
    section: 'Schedule 7, para 2',
    unconfirmed: 'The statutory reference is recalled, not re-read [R].',
  },
  inForce: { from: '1991-10-14' },
  parameters: z.object({ limit: z.number().int().positive().default(3) }),
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    const households = (dataset.settings ?? []).filter(
      (s) => (s.type === 'foster-household' || s.type === 'kinship-household') && !s.fosteringLimitExemption,
    );
    if (households.length === 0) return findings;
    const atSetting = new Map<string, { start: string; end: string }[]>();
    const add = (settingId: string, placement: Placement, days: { start: string; end: string }) => {
      if (!FOSTERING.has(placement.category)) return;
      const list = atSetting.get(settingId);
      if (list) list.push(days);
      else atSetting.set(settingId, [days]);
    };
    const ids = new Set<string>();
    const byUrn = new Map<string, string>();
    for (const s of households) {
      ids.add(s.id);
      if (s.urn) byUrn.set(s.urn, s.id);
    }
    forEachIn(
      dataset.placements,
      window,
      (placement, days) => {
        const settingId =
          placement.settingId && ids.has(placement.settingId)
            ? placement.settingId
            : placement.urn
              ? byUrn.get(placement.urn)
              : undefined;
        if (settingId) add(settingId, placement, days);
      },
      (p) => FOSTERING.has(p.category),
    );
    for (const household of households) {
      if ((household.fosteredChildren ?? 0) > parameters.limit) {
        findings.push({
          settingId: household.id,
          from: window.start,
          to: window.end,
          reason: `The household records ${household.fosteredChildren} fostered children, over the usual limit of ${parameters.limit}, with no exemption recorded.`,
        });
      }
      const placed = atSetting.get(household.id);
      if (!placed || placed.length <= parameters.limit) continue;
      for (const span of daysOverLimit(placed, parameters.limit)) {
        findings.push({
          settingId: household.id,
          from: span.start,
          to: span.end,
          reason: `${span.count} fostering placements at the household at once, over the usual limit of ${parameters.limit}, with no exemption recorded.`,
        });
      }
    }
    return findings;
  },
});

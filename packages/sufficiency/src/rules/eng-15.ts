import type { Placement } from '@placewise/model';
import { z } from 'zod';
import { scanPlacements } from '../internal/dataset-scan.js';
import { dayKey } from '../internal/day.js';
import { clipToRange } from '../internal/window.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

const FOSTERING = new Set(['kinship-fostering', 'fostering-in-house', 'fostering-agency']);

/**
 * Stretches of days on which more than `limit` of the placements overlap, by a sweep over the sorted first
 * and last days: a placement counts from its first day and stops counting the day after its last, so on
 * equal dates a start comes before an end. ISO strings throughout, with no date arithmetic.
 */
function daysOverLimit(placements: readonly { start: string; end: string }[], limit: number) {
  const starts = placements.map((p) => p.start).sort();
  const ends = placements.map((p) => p.end).sort();
  const spans: { start: string; end: string; count: number }[] = [];
  let count = 0;
  let openedAt: string | undefined;
  let peak = 0;
  let i = 0;
  let j = 0;
  while (j < ends.length) {
    const start = starts[i];
    const end = ends[j] as string;
    if (start !== undefined && start <= end) {
      i += 1;
      count += 1;
      if (count > limit && openedAt === undefined) openedAt = start;
      if (openedAt !== undefined) peak = Math.max(peak, count);
    } else {
      j += 1;
      count -= 1;
      if (count <= limit && openedAt !== undefined) {
        spans.push({ start: openedAt, end, count: peak });
        openedAt = undefined;
        peak = 0;
      }
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
    // Fostering placements on the window's days, grouped by setting id: the placement side is the smaller
    // (a few placements per household in a year), so each household then costs one lookup.
    const { byCategory, starts, ends } = scanPlacements(dataset);
    const from = dayKey(window.start);
    const to = dayKey(window.end);
    const bySetting = new Map<string, Placement[]>();
    const noSetting: Placement[] = [];
    for (const category of FOSTERING) {
      for (const i of byCategory.get(category) ?? []) {
        // The date keys rule out most placements without reading them; the strings decide the rest.
        if ((starts[i] as number) > to || (ends[i] as number) < from) continue;
        const placement = dataset.placements[i] as Placement;
        const end = placement.end;
        if (placement.start > window.end || (end !== undefined && end < window.start)) continue;
        if (!placement.settingId) noSetting.push(placement);
        else {
          const list = bySetting.get(placement.settingId);
          if (list) list.push(placement);
          else bySetting.set(placement.settingId, [placement]);
        }
      }
    }
    // A placement counts at the household whose id is its setting id, else at the (last) household with its
    // URN. Groups no household claims by id fall back to the URN.
    const groupAt: (Placement[] | undefined)[] = households.map((h) => bySetting.get(h.id));
    const claimed = new Set(groupAt);
    const unclaimed = noSetting.slice();
    for (const list of bySetting.values()) if (!claimed.has(list)) for (const p of list) unclaimed.push(p);
    const byUrnGroup = new Map<string, Placement[]>();
    if (unclaimed.some((p) => p.urn)) {
      const idByUrn = new Map<string, string>();
      for (const h of households) if (h.urn) idByUrn.set(h.urn, h.id);
      for (const p of unclaimed) {
        const id = p.urn ? idByUrn.get(p.urn) : undefined;
        if (id === undefined) continue;
        // The id's group, or a new one for an id no placement named: keyed by id, as duplicates share.
        let list = bySetting.get(id);
        if (list && claimed.has(list)) list.push(p);
        else {
          list = byUrnGroup.get(id);
          if (list) list.push(p);
          else byUrnGroup.set(id, [p]);
        }
      }
    }
    const spansOf = new Map<Placement[], ReturnType<typeof daysOverLimit>>();
    households.forEach((household, i) => {
      if ((household.fosteredChildren ?? 0) > parameters.limit) {
        findings.push({
          settingId: household.id,
          from: window.start,
          to: window.end,
          reason: `The household records ${household.fosteredChildren} fostered children, over the usual limit of ${parameters.limit}, with no exemption recorded.`,
        });
      }
      const placed = groupAt[i] ?? (byUrnGroup.size > 0 ? byUrnGroup.get(household.id) : undefined);
      if (!placed || placed.length <= parameters.limit) return;
      // Households sharing an id share a group: work its spans out once.
      let spans = spansOf.get(placed);
      if (!spans) {
        const days = placed.map((p) => clipToRange(p, window) as { start: string; end: string });
        spans = daysOverLimit(days, parameters.limit);
        spansOf.set(placed, spans);
      }
      for (const span of spans) {
        findings.push({
          settingId: household.id,
          from: span.start,
          to: span.end,
          reason: `${span.count} fostering placements at the household at once, over the usual limit of ${parameters.limit}, with no exemption recorded.`,
        });
      }
    });
    return findings;
  },
});

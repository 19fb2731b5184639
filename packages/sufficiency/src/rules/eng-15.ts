import type { Placement, Setting } from '@placewise/model';
import * as z from 'zod';
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

/** The sibling group of each child (union of `siblingLinks`): a function from child id to a group id. */
function siblingGroups(links: readonly { childId: string; siblingId: string }[]): (child: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (const { childId, siblingId } of links) {
    const a = find(childId);
    const b = find(siblingId);
    if (a !== b) parent.set(a, b);
  }
  return find;
}

/**
 * ENG-15: a foster household may care for no more than three fostered children unless exempted (Children Act
 * 1989 Sch 7 para 2); children who are all siblings of each other are exempt (para 3), so four siblings in one
 * household break nothing. Checked two ways for foster and kinship households without
 * `fosteringLimitExemption`: the setting's own `fosteredChildren` count, and the number of fostering
 * placements at the setting (by `settingId`, or by URN when the URN is the household's own) on the same days,
 * where a stretch over the limit whose children are all linked as siblings (`siblingLinks`, siblings of
 * siblings counting as siblings) is not reported.
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
    section: 'Schedule 7, paras 2 (usual fostering limit) and 3 (siblings exempt)',
  },
  inForce: { from: '1991-10-14' },
  parameters: z.object({ limit: z.number().int().positive().default(3) }),
  notAssessable: (dataset) =>
    (dataset.settings ?? []).some((s) => s.type === 'foster-household' || s.type === 'kinship-household')
      ? undefined
      : 'it needs each foster household and the children placed with it, which the SSDA903 return does not record; supply settings of type foster-household to check it.',
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    // Fostering placements on the window's days, grouped by setting id: the placement side is the smaller
    // (a few placements per household in a year), so each household then costs one lookup.
    const { byCategory, starts, ends } = scanPlacements(dataset);
    const from = dayKey(window.start);
    const to = dayKey(window.end);
    const keyed = !Number.isNaN(from) && !Number.isNaN(to);
    // Each group notes whether a household claims it by id, instead of a set of 150,000 claimed lists.
    const bySetting = new Map<string, { placements: Placement[]; claimed: boolean }>();
    const noSetting: Placement[] = [];
    for (const category of FOSTERING) {
      for (const i of byCategory.get(category) ?? []) {
        // The date keys rule out most placements without reading them; the strings decide the rest.
        const s = starts[i] as number;
        const e = ends[i] as number;
        if (s > to || e < from) continue;
        const placement = dataset.placements[i] as Placement;
        // Keys of well-formed dates decide alone (see forEachPlacementIn); a NaN key falls back to the strings.
        if (!(keyed && !Number.isNaN(s) && !Number.isNaN(e))) {
          const end = placement.end;
          if (placement.start > window.end || (end !== undefined && end < window.start)) continue;
        }
        if (!placement.settingId) noSetting.push(placement);
        else {
          const group = bySetting.get(placement.settingId);
          if (group) group.placements.push(placement);
          else bySetting.set(placement.settingId, { placements: [placement], claimed: false });
        }
      }
    }
    // A placement counts at the household whose id is its setting id, else at the (last) household with its
    // URN. Groups no household claims by id fall back to the URN. One pass over the settings finds the
    // households, their groups, and those that may have a finding (read while each setting is in cache).
    const households: Setting[] = [];
    const groupAt: (Placement[] | undefined)[] = [];
    const candidates: number[] = [];
    for (const setting of dataset.settings ?? []) {
      if (setting.type !== 'foster-household' && setting.type !== 'kinship-household') continue;
      if (setting.fosteringLimitExemption) continue;
      const group = bySetting.get(setting.id);
      if (group) group.claimed = true;
      if (
        (setting.fosteredChildren ?? 0) > parameters.limit ||
        (group?.placements.length ?? 0) > parameters.limit
      )
        candidates.push(households.length);
      households.push(setting);
      groupAt.push(group?.placements);
    }
    if (households.length === 0) return findings;
    const unclaimed = noSetting.slice();
    for (const group of bySetting.values())
      if (!group.claimed) for (const p of group.placements) unclaimed.push(p);
    const byUrnGroup = new Map<string, Placement[]>();
    // The URN fallback can grow a group past the limit: then every household is checked.
    const viaUrn = unclaimed.some((p) => p.urn);
    if (viaUrn) {
      const idByUrn = new Map<string, string>();
      for (const h of households) if (h.urn) idByUrn.set(h.urn, h.id);
      for (const p of unclaimed) {
        const id = p.urn ? idByUrn.get(p.urn) : undefined;
        if (id === undefined) continue;
        // The id's group, or a new one for an id no placement named: keyed by id, as duplicates share.
        const group = bySetting.get(id);
        if (group?.claimed) group.placements.push(p);
        else {
          const list = byUrnGroup.get(id);
          if (list) list.push(p);
          else byUrnGroup.set(id, [p]);
        }
      }
    }
    let sibling: ((child: string) => string) | undefined;
    const allSiblings = (placed: readonly Placement[], span: { start: string; end: string }) => {
      if (!dataset.siblingLinks || dataset.siblingLinks.length === 0) return false;
      sibling ??= siblingGroups(dataset.siblingLinks);
      const groups = new Set<string>();
      for (const p of placed) {
        if (p.start > span.end || (p.end !== undefined && p.end < span.start)) continue;
        groups.add(sibling(p.childId));
        if (groups.size > 1) return false;
      }
      return true;
    };
    const spansOf = new Map<Placement[], ReturnType<typeof daysOverLimit>>();
    const check = (i: number) => {
      const household = households[i] as Setting;
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
        if (allSiblings(placed, span)) continue;
        findings.push({
          settingId: household.id,
          from: span.start,
          to: span.end,
          reason: `${span.count} fostering placements at the household at once, over the usual limit of ${parameters.limit}, with no exemption recorded.`,
        });
      }
    };
    if (viaUrn) for (let i = 0; i < households.length; i++) check(i);
    else for (const i of candidates) check(i);
    return findings;
  },
});

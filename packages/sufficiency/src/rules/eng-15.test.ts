import type { Placement, Setting } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset, placement, setting } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng15 } from './eng-15.js';

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);

// ENG-15 as first written (one map per setting id, events by day number): the reference the faster
// evaluation must match finding for finding, in the same order.
function reference(
  settings: Setting[],
  placements: Placement[],
  window: { start: string; end: string },
  limit: number,
) {
  const findings: { settingId: string; from: string; to: string; reason: string }[] = [];
  const households = settings.filter(
    (s) => (s.type === 'foster-household' || s.type === 'kinship-household') && !s.fosteringLimitExemption,
  );
  const ids = new Set(households.map((s) => s.id));
  const byUrn = new Map<string, string>();
  for (const s of households) if (s.urn) byUrn.set(s.urn, s.id);
  const atSetting = new Map<string, { start: string; end: string }[]>();
  for (const p of placements) {
    if (!['kinship-fostering', 'fostering-in-house', 'fostering-agency'].includes(p.category)) continue;
    if (p.start > window.end || (p.end !== undefined && p.end < window.start)) continue;
    const id = p.settingId && ids.has(p.settingId) ? p.settingId : p.urn ? byUrn.get(p.urn) : undefined;
    if (!id) continue;
    const days = {
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
      start: p.start > window.start ? p.start : window.start,
      end: p.end === undefined || p.end > window.end ? window.end : p.end,
    };
    atSetting.set(id, [...(atSetting.get(id) ?? []), days]);
  }
  for (const h of households) {
    if ((h.fosteredChildren ?? 0) > limit)
      findings.push({ settingId: h.id, from: window.start, to: window.end, reason: `${h.fosteredChildren}` });
    const placed = atSetting.get(h.id);
    if (!placed || placed.length <= limit) continue;
    const events: [number, number][] = [];
    for (const p of placed) events.push([toDay(p.start), 1], [toDay(p.end) + 1, -1]);
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let count = 0;
    let openedAt: number | undefined;
    let peak = 0;
    for (const [d, delta] of events) {
      count += delta;
      if (count > limit && openedAt === undefined) openedAt = d;
      if (openedAt !== undefined) peak = Math.max(peak, count);
      if (count <= limit && openedAt !== undefined) {
        findings.push({ settingId: h.id, from: fromDay(openedAt), to: fromDay(d - 1), reason: `${peak}` });
        openedAt = undefined;
        peak = 0;
      }
    }
  }
  return findings;
}

const household = (id: string, extra: Partial<Setting>): Setting =>
  setting(id, {
    type: 'foster-household',
    category: 'fostering-in-house',
    ageRange: { min: 0, max: 17 },
    ownership: 'local-authority',
    ...extra,
  });

const day = fc.integer({ min: 0, max: 500 }).map((d) => fromDay(toDay('2024-01-01') + d));
// Few ids and URNs, so households share ids and URNs, placements name settings that are not households,
// and some fall back to the URN.
const settingArb = fc.record({
  id: fc.constantFrom('H1', 'H2', 'H3', 'H4'),
  urn: fc.option(fc.constantFrom('U1', 'U2'), { nil: undefined }),
  type: fc.constantFrom('foster-household', 'kinship-household', 'childrens-home'),
  exempt: fc.boolean(),
  fostered: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});
const placementArb = fc.record({
  child: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  start: day,
  length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  type: fc.constantFrom('U1', 'U4', 'U6', 'K2'),
  settingId: fc.option(fc.constantFrom('H1', 'H2', 'H3', 'H5'), { nil: undefined }),
  urn: fc.option(fc.constantFrom('U1', 'U2', 'U3'), { nil: undefined }),
});

describe('ENG-15 against its first implementation', () => {
  it('gives the same findings in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(settingArb, { maxLength: 8 }),
        fc.array(placementArb, { maxLength: 25 }),
        fc.integer({ min: 1, max: 3 }),
        fc.tuple(day, day),
        (rawSettings, rawPlacements, limit, [a, b]) => {
          const settings = rawSettings.map((s) =>
            household(s.id, {
              type: s.type as Setting['type'],
              ...(s.urn ? { urn: s.urn } : {}),
              ...(s.exempt ? { fosteringLimitExemption: true } : {}),
              ...(s.fostered === undefined ? {} : { fosteredChildren: s.fostered }),
            }),
          );
          const placements = rawPlacements.map((p, i) =>
            placement(
              p.child,
              p.start,
              p.length === undefined ? undefined : fromDay(toDay(p.start) + p.length),
              p.type,
              {
                id: `p${i}`,
                ...(p.settingId ? { settingId: p.settingId } : {}),
                ...(p.urn ? { urn: p.urn } : {}),
              },
            ),
          );
          const window = a <= b ? { start: a, end: b } : { start: b, end: a };
          const found = evaluateRules(
            dataset({ settings, placements }),
            { period: window },
            { nation: 'england', rules: [eng15], parameters: { 'ENG-15': { limit } } },
          ).value.map((f) => ({
            settingId: f.settingId,
            from: f.from,
            to: f.to,
            count: f.reason.match(/\d+/)?.[0],
          }));
          const expected = reference(settings, placements, window, limit)
            .map(({ settingId, from, to, reason }) => ({ settingId, from, to, count: reason }))
            // evaluateRules sorts by child, date and setting, stably.
            .map((f, i) => ({ f, i }))
            .sort((x, y) =>
              x.f.from < y.f.from
                ? -1
                : x.f.from > y.f.from
                  ? 1
                  : x.f.settingId < y.f.settingId
                    ? -1
                    : x.f.settingId > y.f.settingId
                      ? 1
                      : x.i - y.i,
            )
            .map(({ f }) => f);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ENG-15 sibling exemption (Children Act 1989 Sch 7 para 3)', () => {
  const household = setting('H1', { type: 'foster-household', category: 'fostering-in-house', places: 4 });
  const at = (childId: string) =>
    placement(childId, '2024-05-01', undefined, 'U4', { settingId: 'H1', category: 'fostering-in-house' });
  const placements = ['A', 'B', 'C', 'D'].map(at);
  const run = (siblingLinks: { childId: string; siblingId: string }[]) =>
    evaluateRules(
      dataset({ settings: [household], placements, siblingLinks }),
      { asOf: '2024-06-01' },
      { nation: 'england', rules: [eng15] },
    ).value;

  it('four siblings in one household are no breach', () => {
    // A–B, B–C and C–D: all four are siblings of each other through the links.
    const links = [
      { childId: 'A', siblingId: 'B' },
      { childId: 'C', siblingId: 'B' },
      { childId: 'D', siblingId: 'C' },
    ];
    expect(run(links)).toEqual([]);
  });

  it('three siblings and one other child are over the limit', () => {
    const links = [
      { childId: 'A', siblingId: 'B' },
      { childId: 'B', siblingId: 'C' },
    ];
    expect(run(links).map((f) => [f.settingId, f.from])).toEqual([['H1', '2024-06-01']]);
    expect(run([])).toHaveLength(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { child, dataset, episode } from '../test/fixtures.js';
import { evaluateRules } from './evaluate-rules.js';
import { defineRule } from './rule.js';
import { RULES } from './rules/registry.js';

describe('evaluateRules', () => {
  it('builds each finding as spreading the draft and adding the rule’s fields would, keys in order', () => {
    const drafts = [
      { childId: 'C1', from: '2024-06-01', reason: 'r' },
      { from: '2024-06-02', severity: 'breach' as const, childId: 'C2', reason: 'r', extra: 1 },
      JSON.parse('{"__proto__": {"x": 1}, "from": "2024-06-03", "reason": "r"}'),
    ];
    const rule = defineRule({
      id: 'TEST-02',
      title: 'Drafts of several shapes',
      nations: ['england'],
      severity: 'flag',
      legalBasis: { instrument: 'Test Act', section: 's2' },
      inForce: { from: '2024-01-01' },
      parameters: z.object({}),
      evaluate: () => drafts,
    });
    const { value } = evaluateRules(
      dataset({ children: [], episodes: [] }),
      { asOf: '2024-06-01' },
      { nation: 'england', rules: [rule] },
    );
    const expected = drafts.map((d) => ({
      ...d,
      ruleId: rule.id,
      title: rule.title,
      severity: d.severity ?? rule.severity,
      legalBasis: rule.legalBasis,
    }));
    expect(value.map((f) => JSON.stringify(f)).sort()).toEqual(expected.map((f) => JSON.stringify(f)).sort());
    for (const f of value) expect(Object.getPrototypeOf(f)).toBe(Object.prototype);
  });

  it('runs a custom rule only for the dates it is in force', () => {
    const rule = defineRule({
      id: 'TEST-01',
      title: 'Every episode',
      nations: ['england'],
      severity: 'flag',
      legalBasis: { instrument: 'Test Act', section: 's1' },
      inForce: { from: '2024-06-01', to: '2024-06-30' },
      parameters: z.object({ word: z.string().default('episode') }),
      evaluate: (ds, { window, parameters }) =>
        ds.episodes.map((e) => ({
          childId: e.childId,
          from: window.start,
          to: window.end,
          reason: parameters.word,
        })),
    });
    const ds = dataset({
      children: [child('C1', '2012-01-01')],
      episodes: [episode('C1', '2024-01-01', undefined, 'U4')],
    });
    const result = evaluateRules(
      ds,
      { period: { start: '2024-01-01', end: '2024-12-31' } },
      { nation: 'england', rules: [rule] },
    );
    expect(result.value).toEqual([
      expect.objectContaining({
        ruleId: 'TEST-01',
        from: '2024-06-01',
        to: '2024-06-30',
        reason: 'episode',
        severity: 'flag',
      }),
    ]);
    expect(evaluateRules(ds, { asOf: '2024-07-01' }, { nation: 'england', rules: [rule] }).value).toEqual([]);
    expect(evaluateRules(ds, { asOf: '2024-06-15' }, { nation: 'wales', rules: [rule] }).value).toEqual([]);
  });

  it('has unique ids and valid default parameters for every built-in rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.parameters.safeParse({}).success).toBe(true);
  });

  it('never reports a finding outside the requested period or before a rule came into force', () => {
    const place = fc.constantFrom('H5', 'K3', 'P2', 'K2', 'K1', 'R5', 'T4', 'U4', 'Z1');
    const day = fc
      .integer({ min: 0, max: 6000 })
      .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(place, day, day, day, day, (p, a, b, s, e) => {
        const [start, end] = a < b ? [a, b] : [b, a];
        const ds = dataset({
          children: [child('C1', '2008-05-05')],
          episodes: [episode('C1', start, end, p, { urn: '' })],
        });
        const [from, to] = s < e ? [s, e] : [e, s];
        for (const nation of ['england', 'wales', 'scotland'] as const) {
          for (const f of evaluateRules(ds, { period: { start: from, end: to } }, { nation }).value) {
            const rule = RULES.find((r) => r.id === f.ruleId);
            expect(f.from >= from && f.from <= to).toBe(true);
            expect(f.from >= (rule?.inForce.from ?? '')).toBe(true);
            if (f.to) expect(f.to <= to && f.to >= f.from).toBe(true);
          }
        }
      }),
    );
  });
});

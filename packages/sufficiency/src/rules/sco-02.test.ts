import { describe, expect, it } from 'vitest';
import { child, dataset, episode } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { sco02 } from './sco-02.js';

describe('SCO-02 young offender institutions', () => {
  // Born 2006-10-01: 18 on 2024-10-01.
  const ds = dataset({
    children: [child('C1', '2006-10-01')],
    episodes: [episode('C1', '2024-06-01', undefined, 'R5')],
  });
  it('breaches the days under 18 in R5 from 28 August 2024', () => {
    const f = evaluateRules(
      ds,
      { period: { start: '2024-04-01', end: '2025-03-31' } },
      { nation: 'scotland', rules: [sco02] },
    ).value;
    expect(f.map((x) => [x.from, x.to])).toEqual([['2024-08-28', '2024-09-30']]);
  });
  it('reports nothing the day before', () => {
    expect(evaluateRules(ds, { asOf: '2024-08-27' }, { nation: 'scotland', rules: [sco02] }).value).toEqual(
      [],
    );
  });
  it('is not assessable when the input has no placement type for a YOI, rather than reporting nothing', () => {
    // A Scottish return converted to episodes with no R5: a child in a YOI could not be told apart.
    const scottish = dataset({
      children: [child('C1', '2007-01-01')],
      episodes: [episode('C1', '2024-06-01', undefined, 'K2')],
    });
    const run = evaluateRules(scottish, { asOf: '2024-09-30' }, { nation: 'scotland', rules: [sco02] });
    expect(run.value).toEqual([]);
    expect(run.issues.map((i) => i.code)).toEqual(['rule.not-assessable']);
    // Told which code the input uses for a YOI, it is assessed.
    const told = evaluateRules(
      scottish,
      { asOf: '2024-09-30' },
      { nation: 'scotland', rules: [sco02], parameters: { 'SCO-02': { places: ['K2'] } } },
    );
    expect(told.issues).toEqual([]);
    expect(told.value).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { compareWithReferences } from './compare-reference.js';
import { REFERENCE_FIGURES } from './reference.js';
import { toWeeklyAmount } from './weekly.js';

describe('REFERENCE_FIGURES', () => {
  it('carries the domain brief figures with sources and years', () => {
    const byId = new Map(REFERENCE_FIGURES.map((f) => [f.id, f]));
    expect(byId.get('nao-childrens-home-2023-24')).toMatchObject({ annual: 31_840_000, year: '2023-24' });
    // The weekly figure follows the package's own 52.1775-weeks convention.
    expect(byId.get('nao-childrens-home-2023-24')?.weekly).toBe(toWeeklyAmount(31_840_000, 'year'));
    expect(byId.get('cma-childrens-home-2020')).toMatchObject({ weekly: 383_000, margin: 0.23 });
    expect(byId.get('cma-ifa-2020')).toMatchObject({ weekly: 82_000, margin: 0.19 });
    expect(byId.get('pssru-foster-la-2017')?.weekly).toBe(64_600);
    expect(byId.get('lga-high-cost-2022-23')).toMatchObject({ count: 1_510, total: 92_800 });
    expect(byId.get('nma-2025-26-london-16-17')?.weekly).toBe(29_900);
    expect(byId.get('nma-2025-26-rest-of-england-0-2')?.weekly).toBe(17_000);
    expect(REFERENCE_FIGURES.filter((f) => f.kind === 'allowance')).toHaveLength(15);
    for (const figure of REFERENCE_FIGURES) {
      expect(figure.source.length).toBeGreaterThan(10);
      expect(new Set(REFERENCE_FIGURES.map((f) => f.id)).size).toBe(REFERENCE_FIGURES.length);
    }
  });
});

describe('compareWithReferences', () => {
  const fees = [
    { amount: 500_000, unit: 'week' as const, category: 'childrens-home' as const },
    { amount: 700_000, unit: 'week' as const, category: 'childrens-home' as const },
    { amount: 1_200_000, unit: 'week' as const, category: 'childrens-home' as const },
    { amount: 30_000, unit: 'week' as const, category: 'fostering-in-house' as const, ageBand: '16-17' },
  ];

  it('compares medians, ratios and shares above each figure', () => {
    const { value, issues } = compareWithReferences(fees);
    expect(issues).toEqual([]);
    const cma = value.find((c) => c.reference.id === 'cma-childrens-home-2020');
    expect(cma).toMatchObject({ count: 3, median: 700_000, difference: 317_000, ratio: 1.83, shareAbove: 1 });
    const nao = value.find((c) => c.reference.id === 'nao-childrens-home-2023-24');
    expect(nao).toMatchObject({ median: 700_000, shareAbove: 0.667 });
    const nma = value.find((c) => c.reference.id === 'nma-2025-26-rest-of-england-16-17');
    expect(nma).toMatchObject({ count: 1, median: 30_000, difference: 4_200 });
    expect(value.find((c) => c.reference.id === 'nma-2025-26-london-0-2')?.count).toBe(0);
    const lga = value.find((c) => c.reference.id === 'lga-high-cost-2022-23');
    expect(lga).toMatchObject({ authorityShare: 0.25, referenceShare: 0.0163 });
  });

  it('restates figures to a date the index reaches, and says which it could not', () => {
    const series = {
      id: 'TEST',
      title: 'Test index',
      source: 'test',
      frequency: 'annual' as const,
      values: { '2020': 108.7, '2023': 130.5 },
    };
    const { value, issues } = compareWithReferences(fees, { restateTo: '2023-06-30', series });
    const cma = value.find((c) => c.reference.id === 'cma-childrens-home-2020');
    expect(cma).toMatchObject({ referenceWeekly: 459_811, restatedTo: '2023-06-30' });
    const nma = value.find((c) => c.reference.id === 'nma-2025-26-london-0-2');
    expect(nma?.referenceWeekly).toBe(19_800);
    expect(nma?.restatedTo).toBeUndefined();
    expect(issues.some((i) => i.severity === 'warning' && i.code === 'index.out-of-range')).toBe(true);
  });

  it('restates nothing without a series, and warns', () => {
    const { value, issues } = compareWithReferences(fees, { restateTo: '2023-06-30' });
    const cma = value.find((c) => c.reference.id === 'cma-childrens-home-2020');
    expect(cma?.referenceWeekly).toBe(383_000);
    expect(cma?.restatedTo).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['index.missing', 'warning']]);
  });
});

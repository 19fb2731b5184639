import { describe, expect, it } from 'vitest';
import { child, dataset, episode } from '../../test/fixtures.js';
import { indexDataset } from '../dataset-index.js';
import { computeIndicators } from '../indicators/compute-indicators.js';
import { datasetMemo } from './dataset-memo.js';

function twoChildren() {
  return dataset({
    children: [child('C2', '2012-05-01'), child('C1', '2010-01-31')],
    episodes: [
      episode('C1', '2024-06-01', undefined, 'U4'),
      episode('C2', '2023-01-10', '2024-09-30', 'K2'),
      episode('C1', '2023-02-01', '2024-06-01', 'K2'),
    ],
  });
}

describe('datasetMemo', () => {
  it('keeps one value per dataset object, and none for another object with equal rows', () => {
    const memo = datasetMemo<object, string>('test');
    const a = twoChildren();
    const b = twoChildren();
    expect(memo.get(a)).toBeUndefined();
    memo.set(a, 'kept for a');
    expect(memo.get(a)).toBe('kept for a');
    expect(memo.get(b)).toBeUndefined();
    // Two memos do not see each other's values.
    expect(datasetMemo<object, string>('test').get(a)).toBeUndefined();
  });

  it('is not seen by spreads, JSON, structured clones, key listings or deep equality', () => {
    const memo = datasetMemo<object, { rows: number }>('test');
    const kept = twoChildren();
    const untouched = twoChildren();
    memo.set(kept, { rows: 3 });
    expect(Object.keys(kept)).toEqual(Object.keys(untouched));
    expect(JSON.stringify(kept)).toBe(JSON.stringify(untouched));
    expect({ ...kept }).toStrictEqual({ ...untouched });
    expect(structuredClone(kept)).toStrictEqual(untouched);
    expect(kept).toStrictEqual(untouched);
    for (const key in kept) expect(['children', 'episodes', 'placements']).toContain(key);
  });

  it('keeps the value of a frozen or sealed dataset, which cannot take a property, aside', () => {
    const memo = datasetMemo<object, string>('test');
    const frozen = Object.freeze(twoChildren());
    const sealed = Object.seal(twoChildren());
    memo.set(frozen, 'frozen');
    memo.set(sealed, 'sealed');
    expect(memo.get(frozen)).toBe('frozen');
    expect(memo.get(sealed)).toBe('sealed');
    expect(Object.getOwnPropertySymbols(frozen)).toEqual([]);
    expect(Object.getOwnPropertySymbols(sealed)).toEqual([]);
  });
});

describe('indexDataset keeps its index for the dataset object', () => {
  it('gives the same index for the same object, and groups each child by id (C1 listed second)', () => {
    const data = twoChildren();
    const index = indexDataset(data);
    expect(indexDataset(data)).toBe(index);
    expect(indexDataset(twoChildren())).not.toBe(index);
    expect(index.childrenById.get('C1')?.dateOfBirth).toBe('2010-01-31');
    expect(index.episodesByChild.get('C1')?.map((e) => e.start)).toEqual(['2023-02-01', '2024-06-01']);
    expect(index.placementsByChild.get('C2')?.map((p) => p.placementType)).toEqual(['K2']);
    expect([...index.episodesByPlacementType.keys()].sort()).toEqual(['K2', 'U4']);
  });

  it('indexes a frozen dataset too, and the indicators of a frozen dataset equal those of a plain one', () => {
    const frozen = Object.freeze(twoChildren());
    expect(indexDataset(frozen)).toBe(indexDataset(frozen));
    expect(indexDataset(frozen).episodesByChild.get('C2')).toHaveLength(1);
    const options = { collectionYear: '2024-25' as const };
    expect(computeIndicators(frozen, options)).toStrictEqual(computeIndicators(twoChildren(), options));
  });
});

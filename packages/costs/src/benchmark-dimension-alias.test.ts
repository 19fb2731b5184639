import { describe, expect, it } from 'vitest';
import { toBenchmarkDimension } from './benchmark-dimension-alias.js';

describe('toBenchmarkDimension', () => {
  it('accepts dimensions and the words people type for them', () => {
    expect(['category', 'Provider', ' age-band ', 'locality', 'inArea'].map(toBenchmarkDimension)).toEqual([
      'category',
      'providerType',
      'ageBand',
      'inArea',
      'inArea',
    ]);
    expect(toBenchmarkDimension('colour')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { sexFromCode } from './sex.js';

describe('sexFromCode', () => {
  it('reads 1 and 2 before 2024-25', () => {
    expect(sexFromCode('1', '2023-24')).toBe('male');
    expect(sexFromCode(' 2 ', '2023-24')).toBe('female');
    expect(sexFromCode('M', '2023-24')).toBeUndefined();
  });

  it('reads M, F and U from 2024-25 and rejects the old codes', () => {
    expect(sexFromCode('M', '2024-25')).toBe('male');
    expect(sexFromCode('F', '2025-26')).toBe('female');
    expect(sexFromCode('U', '2024-25')).toBe('unknown');
    expect(sexFromCode('1', '2024-25')).toBeUndefined();
    expect(sexFromCode('X', '2024-25')).toBeUndefined();
  });
});

describe('sexFromCode in older years', () => {
  it('reads 1 and 2 in 2013-14 and 2017-18, and not M/F', () => {
    expect(sexFromCode('1', '2013-14')).toBe('male');
    expect(sexFromCode('2', '2017-18')).toBe('female');
    expect(sexFromCode('F', '2017-18')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { scaleChildren } from './forecast-placed-away.js';

describe('scaleChildren', () => {
  const ten = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

  it('keeps an evenly spaced sample when the forecast is lower', () => {
    expect(scaleChildren(ten, 0.5)).toEqual(['a', 'c', 'e', 'g', 'i']);
    expect(scaleChildren(ten, 0.3)).toEqual(['a', 'd', 'g']);
  });

  it('adds today’s children again in turn when the forecast is higher', () => {
    expect(scaleChildren(['a', 'b', 'c'], 1.7)).toEqual(['a', 'b', 'c', 'a', 'b']); // round(5.1) = 5
    expect(scaleChildren(ten, 1)).toEqual(ten);
  });

  it('gives none of none, and none at a scale of 0', () => {
    expect(scaleChildren([], 2)).toEqual([]);
    expect(scaleChildren(ten, 0)).toEqual([]);
  });
});

import * as z from 'zod';

/**
 * The age bands DfE publishes children looked after by: under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over
 * ("Children looked after in England including adoptions", national tables by age).
 *
 * @example
 * DfeAgeBand.parse('10-15');
 */
export const DfeAgeBand = z.enum(['under-1', '1-4', '5-9', '10-15', '16-over']);
/** @see {@link DfeAgeBand} */
export type DfeAgeBand = z.infer<typeof DfeAgeBand>;

/**
 * The DfE age band of an age in whole years.
 *
 * @example
 * dfeAgeBandOf(0); // 'under-1'
 * dfeAgeBandOf(16); // '16-over'
 */
export function dfeAgeBandOf(age: number): DfeAgeBand {
  if (age < 1) return 'under-1';
  if (age < 5) return '1-4';
  if (age < 10) return '5-9';
  if (age < 16) return '10-15';
  return '16-over';
}

/**
 * The whole years of age each DfE age band spans, first and last (16 and over stops at 17, the last age in
 * care): how a setting's registered age range is matched against the bands.
 *
 * @example
 * DFE_AGE_BAND_YEARS['10-15']; // [10, 15]
 */
export const DFE_AGE_BAND_YEARS: Readonly<Record<DfeAgeBand, readonly [number, number]>> = {
  'under-1': [0, 0],
  '1-4': [1, 4],
  '5-9': [5, 9],
  '10-15': [10, 15],
  '16-over': [16, 17],
};

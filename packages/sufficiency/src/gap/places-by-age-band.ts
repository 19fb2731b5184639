import type { Setting } from '@placewise/model';
import { DFE_AGE_BAND_YEARS, DfeAgeBand } from '../indicators/age-band.js';

/**
 * A setting's places shared across the DfE age bands its registered age range covers, in proportion to the
 * years of the range in each band, rounded so the bands add up to the setting's places (largest remainder;
 * ties to the older band). A home for ages 8–17 with 3 places has 2 for 10–15 and 1 for 16 and over, so its
 * places are not counted again in every band it takes.
 *
 * @example
 * placesByAgeBand(setting)['10-15'];
 */
export function placesByAgeBand(setting: Pick<Setting, 'ageRange' | 'places'>): Record<DfeAgeBand, number> {
  const min = Math.max(0, setting.ageRange.min);
  const max = Math.min(17, setting.ageRange.max);
  const result = { 'under-1': 0, '1-4': 0, '5-9': 0, '10-15': 0, '16-over': 0 } as Record<DfeAgeBand, number>;
  const years = max - min + 1;
  if (years <= 0 || setting.places <= 0) return result;
  const shares = DfeAgeBand.options.map((band) => {
    const [lo, hi] = DFE_AGE_BAND_YEARS[band];
    const overlap = Math.max(0, Math.min(hi, max) - Math.max(lo, min) + 1);
    const exact = (setting.places * overlap) / years;
    result[band] = Math.floor(exact);
    return { band, remainder: exact - Math.floor(exact), overlap };
  });
  let left = setting.places - shares.reduce((n, s) => n + result[s.band], 0);
  shares
    .filter((s) => s.overlap > 0)
    .sort(
      (a, b) =>
        b.remainder - a.remainder || DfeAgeBand.options.indexOf(b.band) - DfeAgeBand.options.indexOf(a.band),
    )
    .forEach((s) => {
      if (left > 0) {
        result[s.band] += 1;
        left -= 1;
      }
    });
  return result;
}

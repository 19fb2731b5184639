import type { GssCode } from '@placewise/model';
import {
  type GenerateAuthorityOptions,
  generateAuthority,
  placeableAuthorities,
  type SyntheticAuthority,
} from './generate-authority.js';
import { createRandom } from './random.js';

/** Options for {@link generateNational}. */
export interface GenerateNationalOptions {
  seed: number;
  /** How many authorities. Default 150 (England has 153 children's services authorities). */
  authorities?: number;
  /**
   * Children looked after at some point in the years, across all authorities. Default 200,000: over three
   * years that leaves about 84,000 looked after on each 31 March, as in England (DfE: 83,530 at 31 March
   * 2024, 81,770 in 2025); the rest are the children who start or stop being looked after in between.
   */
  children?: number;
  /** Default 2022 (`2022-23`). */
  startYear?: GenerateAuthorityOptions['startYear'];
  /** Default 3, so the preset spans 2022-23 to 2024-25. */
  years?: GenerateAuthorityOptions['years'];
}

/**
 * A national-scale preset for benchmarks: many synthetic authorities, each in a different real English
 * authority's sectors, sized unevenly as real authorities are, with child ids unique across all. By default
 * England's scale: 150 authorities, 200,000 children looked after at some point in 2022-23 to 2024-25,
 * about 84,000 of them on each 31 March (the number is steady, as England's has been since 2021), and
 * about 440,000 episodes. Placement mix, locality, distance and stability are calibrated to DfE's published
 * national figures (see the calibration table in the `@placewise/sufficiency` README).
 *
 * @example
 * const england = generateNational({ seed: 1 });
 * england.reduce((n, la) => n + la.episodes.length, 0); // ≈ 440,000
 */
export function generateNational(options: GenerateNationalOptions): SyntheticAuthority[] {
  const random = createRandom(options.seed);
  const codes: GssCode[] = [...placeableAuthorities()];
  for (let i = codes.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [codes[i], codes[j]] = [codes[j] as GssCode, codes[i] as GssCode];
  }
  const count = Math.min(options.authorities ?? 150, codes.length);
  const total = options.children ?? 200_000;
  const weights = Array.from({ length: count }, () => random.logNormal(1, 0.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  return codes.slice(0, count).map((authority, i) =>
    generateAuthority({
      seed: random.int(0, 2 ** 31 - 1),
      children: Math.max(1, Math.round((total * (weights[i] ?? 1)) / sum)),
      authority,
      idPrefix: `${i.toString(36).toUpperCase().padStart(2, '0')}C`,
      startYear: options.startYear ?? 2022,
      years: options.years ?? 3,
    }),
  );
}

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
  /** Children across all authorities. Default 84,000 (about England's children looked after at 31 March). */
  children?: number;
  /** Default 2020 (`2020-21`). */
  startYear?: GenerateAuthorityOptions['startYear'];
  /** Default 5, so the preset spans 2020-21 to 2024-25. */
  years?: GenerateAuthorityOptions['years'];
}

/**
 * A national-scale preset for benchmarks: many synthetic authorities (by default 150 of them with
 * 84,000 children between them over five collection years, sized unevenly as real authorities are), each in a different real English authority's sectors, with child ids unique across all.
 *
 * @example
 * const england = generateNational({ seed: 1 });
 * england.reduce((n, la) => n + la.episodes.length, 0); // ≈ 280,000
 */
export function generateNational(options: GenerateNationalOptions): SyntheticAuthority[] {
  const random = createRandom(options.seed);
  const codes: GssCode[] = [...placeableAuthorities()];
  for (let i = codes.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [codes[i], codes[j]] = [codes[j] as GssCode, codes[i] as GssCode];
  }
  const count = Math.min(options.authorities ?? 150, codes.length);
  const total = options.children ?? 84_000;
  const weights = Array.from({ length: count }, () => random.logNormal(1, 0.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  return codes.slice(0, count).map((authority, i) =>
    generateAuthority({
      seed: random.int(0, 2 ** 31 - 1),
      children: Math.max(1, Math.round((total * (weights[i] ?? 1)) / sum)),
      authority,
      idPrefix: `${i.toString(36).toUpperCase().padStart(2, '0')}C`,
      startYear: options.startYear ?? 2020,
      years: options.years ?? 5,
    }),
  );
}

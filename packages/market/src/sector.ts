import type { Ownership } from '@placewise/model';

const SECTORS: Record<string, Ownership> = {
  'local authority': 'local-authority',
  private: 'private',
  voluntary: 'voluntary',
  'health authority': 'health-authority',
};

/**
 * Reads Ofsted's "Sector" text as the model's `Ownership`, ignoring case and spacing.
 *
 * @returns the sector, or `undefined` when the text is not one of Ofsted's four sectors.
 * @example
 * sectorOf('Local Authority'); // 'local-authority'
 */
export function sectorOf(text: string): Ownership | undefined {
  return SECTORS[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}

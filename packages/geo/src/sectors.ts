import type { GridPoint, GssCode, Nation } from '@placewise/model';
import { upperTierAuthorityOf } from './authorities.js';
import { nationOfCode } from './internal/nation.js';
import { authorityRow, sectorTable } from './internal/sector-table.js';

/** One UK postcode sector from the embedded table. */
export interface PostcodeSector {
  /** The sector, e.g. `LS6 1`. */
  sector: string;
  /** Mean grid point of the sector's postcodes. */
  point: GridPoint;
  /** How many live postcodes with a grid reference the sector has. */
  postcodes: number;
  /** Upper-tier (children's services) authority most of its postcodes are in. */
  authority: GssCode;
  lowerTierAuthority: GssCode;
  nation: Nation;
}

/** Options for {@link listSectors}. */
export interface ListSectorsOptions {
  /** Only sectors in this upper- or lower-tier authority. Default: every sector. */
  authority?: GssCode;
}

/**
 * Lists postcode sectors from the embedded table, in postcode order (for sampling real places, drawing
 * maps, or joining sector-level data).
 *
 * @example
 * listSectors({ authority: 'E08000035' }).length; // Leeds's sectors
 */
export function listSectors(options: ListSectorsOptions = {}): PostcodeSector[] {
  const table = sectorTable();
  const result: PostcodeSector[] = [];
  for (let i = 0; i < table.names.length; i++) {
    const lowerTier = authorityRow(table.authority[i] ?? 0)[0];
    const authority = upperTierAuthorityOf(lowerTier);
    if (options.authority && options.authority !== authority && options.authority !== lowerTier) continue;
    const nation = nationOfCode(lowerTier);
    if (!nation) continue;
    result.push({
      sector: table.names[i] ?? '',
      point: { easting: table.easting[i] ?? 0, northing: table.northing[i] ?? 0 },
      postcodes: table.postcodes[i] ?? 0,
      authority,
      lowerTierAuthority: lowerTier,
      nation,
    });
  }
  return result;
}

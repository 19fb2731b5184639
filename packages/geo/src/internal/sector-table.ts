import { unpackColumns } from './packed-columns.js';
import {
  AUTHORITY_TABLE,
  SECTOR_BITS,
  SECTOR_CODES,
  SECTOR_COLUMNS,
  SECTOR_DISTRICTS,
} from './sector-data.js';

/** The embedded sector table decoded into parallel arrays, sectors in district order. */
export interface SectorTable {
  /** `LS6 1`-style sector names. */
  names: string[];
  easting: Int32Array;
  northing: Int32Array;
  postcodes: Uint16Array;
  /** Index into `AUTHORITY_TABLE` (the lower-tier authority most of the sector's postcodes are in). */
  authority: Uint16Array;
  bySector: Map<string, number>;
  /** Outward code → [first sector, last sector + 1]. */
  byDistrict: Map<string, readonly [number, number]>;
}

let cached: SectorTable | undefined;

/**
 * Decodes the embedded data once, on first use, so importing the package costs nothing. Easting and northing
 * are stored as steps from the previous sector, the authority as 0 for "the previous sector's" or index + 1
 * (see scripts/build-data.ts).
 */
export function sectorTable(): SectorTable {
  if (cached) return cached;
  const [eastingSteps, northingSteps, postcodes, authoritySteps] = unpackColumns({
    classes: SECTOR_COLUMNS,
    bits: SECTOR_BITS,
  }) as [Int32Array, Int32Array, Int32Array, Int32Array];
  const total = postcodes.length;
  const table: SectorTable = {
    names: [],
    easting: new Int32Array(total),
    northing: new Int32Array(total),
    postcodes: Uint16Array.from(postcodes),
    authority: new Uint16Array(total),
    bySector: new Map(),
    byDistrict: new Map(),
  };
  const codes = SECTOR_CODES.split(' ');
  let i = 0;
  let easting = 0;
  let northing = 0;
  let authority = 0;
  for (const [d, outward] of SECTOR_DISTRICTS.split(' ').entries()) {
    const first = i;
    for (const code of codes[d] ?? '') {
      const name = `${outward} ${code}`;
      easting += eastingSteps[i] as number;
      northing += northingSteps[i] as number;
      const step = authoritySteps[i] as number;
      if (step !== 0) authority = step - 1;
      table.names.push(name);
      table.easting[i] = easting;
      table.northing[i] = northing;
      table.authority[i] = authority;
      table.bySector.set(name, i);
      i++;
    }
    table.byDistrict.set(outward, [first, i]);
  }
  cached = table;
  return table;
}

/** The authority row for an index into the embedded authority table. */
export function authorityRow(index: number): readonly [string, string, string, string] {
  return AUTHORITY_TABLE[index] ?? ['', '', '', ''];
}

import { AUTHORITY_TABLE, SECTOR_DATA } from './sector-data.js';

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

/** Decodes the embedded data once, on first use, so importing the package costs nothing. */
export function sectorTable(): SectorTable {
  if (cached) return cached;
  const lines = SECTOR_DATA.split('\n');
  let total = 0;
  for (const line of lines) total += Math.floor(line.length / 13);
  const table: SectorTable = {
    names: [],
    easting: new Int32Array(total),
    northing: new Int32Array(total),
    postcodes: new Uint16Array(total),
    authority: new Uint16Array(total),
    bySector: new Map(),
    byDistrict: new Map(),
  };
  let i = 0;
  for (const line of lines) {
    const outward = line.slice(0, line.length % 13);
    const first = i;
    for (let at = outward.length; at < line.length; at += 13, i++) {
      const name = `${outward} ${line.charAt(at)}`;
      table.names.push(name);
      table.easting[i] = Number.parseInt(line.slice(at + 1, at + 5), 36);
      table.northing[i] = Number.parseInt(line.slice(at + 5, at + 9), 36);
      table.postcodes[i] = Number.parseInt(line.slice(at + 9, at + 11), 36);
      table.authority[i] = Number.parseInt(line.slice(at + 11, at + 13), 36);
      table.bySector.set(name, i);
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

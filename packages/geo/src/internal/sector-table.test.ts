import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listSectors } from '../sectors.js';
import { authorityRow, sectorTable } from './sector-table.js';

// The source the embedded table is built from: ../shared/data/postcode-sectors.csv (ONS Postcode Directory,
// November 2025), kept gzipped as a test fixture. Columns: sector, easting, northing, postcodes, ltla_code,
// share_in_ltla. Grid references are whole metres, the resolution the source has.
const rows = gunzipSync(
  readFileSync(join(import.meta.dirname, '../../test/fixtures/postcode-sectors.csv.gz')),
)
  .toString('utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

describe('the embedded sector table', () => {
  const table = sectorTable();

  it('holds every sector of the source, in its order', () => {
    expect(rows.length).toBe(12_262);
    expect(table.names).toEqual(rows.map(([sector]) => sector));
    expect(table.bySector.size).toBe(rows.length);
  });

  it('decodes every sector exactly: grid point to the metre, postcode count, lower-tier authority', () => {
    const decoded = table.names.map((name, i) => [
      name,
      String(table.easting[i]),
      String(table.northing[i]),
      String(table.postcodes[i]),
      authorityRow(table.authority[i] ?? -1)[0],
    ]);
    expect(decoded).toEqual(rows.map((row) => row.slice(0, 5)));
  });

  it('finds every district as the run of its own sectors', () => {
    const districts = new Map<string, string[]>();
    for (const [sector = ''] of rows) {
      const outward = sector.split(' ')[0] ?? '';
      districts.set(outward, [...(districts.get(outward) ?? []), sector]);
    }
    expect(table.byDistrict.size).toBe(districts.size);
    for (const [outward, sectors] of districts) {
      const [first, end] = table.byDistrict.get(outward) ?? [0, 0];
      expect(table.names.slice(first, end)).toEqual(sectors);
    }
  });

  it('gives the figures typed from the source for a few sectors, through listSectors', () => {
    const byName = new Map(listSectors().map((s) => [s.sector, s]));
    expect(byName.size).toBe(12_262);
    // Lines of postcode-sectors.csv, copied by hand.
    expect(byName.get('LS6 1')).toMatchObject({
      point: { easting: 428_582, northing: 435_084 },
      postcodes: 344,
      lowerTierAuthority: 'E08000035',
    });
    expect(byName.get('TR21 0')).toMatchObject({
      point: { easting: 99_522, northing: 13_732 },
      postcodes: 103,
      lowerTierAuthority: 'E06000053',
    });
    expect(byName.get('ZE3 9')).toMatchObject({
      point: { easting: 439_063, northing: 1_111_117 },
      postcodes: 13,
      lowerTierAuthority: 'S12000027',
    });
    expect(byName.get('BT1 1')).toMatchObject({
      point: { easting: 333_777, northing: 374_500 },
      postcodes: 244,
      lowerTierAuthority: 'N09000003',
    });
  });
});

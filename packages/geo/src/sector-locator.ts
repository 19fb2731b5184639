import type { GridPoint, LocatedPostcode, PostcodeLocator } from '@placewise/model';
import { parsePostcode } from '@placewise/model';
import { locatedIn, mostTallied } from './internal/located.js';
import { authorityRow, sectorTable } from './internal/sector-table.js';

/** Answers a sector locator remembers before it starts again (a region's returns name tens of thousands). */
const REMEMBERED = 65_536;

/**
 * Creates the zero-configuration locator over the embedded table of every UK postcode sector
 * (ONS Postcode Directory, November 2025). A full postcode or a sector resolves to its sector's centroid
 * (`precision: 'sector'`); a district resolves to the postcode-weighted mean of its sectors
 * (`precision: 'district'`), its authority being the one most of the district's postcodes are in.
 * Distances between sector centroids approximate full-postcode ones to within a sector's size (a few
 * hundred metres in towns, a few miles in the country): say so wherever they are shown.
 *
 * Each locator remembers its answers (up to 65,536 distinct inputs, then it starts afresh): a return names
 * a child's home and placement postcodes on every episode, and the indicators locate them again, so most
 * calls repeat an earlier one. A repeated input gives the same object: treat what it returns as read-only.
 *
 * @returns a {@link PostcodeLocator}; `locate` gives `undefined` for input that is not a postcode, sector
 *   or district, or is not in the table (e.g. Channel Islands, Isle of Man).
 * @example
 * const locator = createSectorLocator();
 * locator.locate('LS6 1AA'); // { postcode: 'LS6 1AA', point, authority: 'E08000035', nation: 'england', precision: 'sector', … }
 */
export function createSectorLocator(): PostcodeLocator {
  const answers = new Map<string, LocatedPostcode | undefined>();
  return {
    locate(input) {
      let answer = answers.get(input);
      if (answer === undefined && !answers.has(input)) {
        answer = locateBySector(input);
        if (answers.size >= REMEMBERED) answers.clear();
        answers.set(input, answer);
      }
      return answer;
    },
  };
}

function locateBySector(input: string): LocatedPostcode | undefined {
  const parsed = parsePostcode(input);
  if (!parsed.success) return undefined;
  const { value } = parsed;
  const table = sectorTable();
  if (value.precision !== 'district') {
    const i = table.bySector.get(value.sector ?? '');
    if (i === undefined) return undefined;
    return located(value.postcode, [i], 'sector');
  }
  const range = table.byDistrict.get(value.district);
  if (!range) return undefined;
  const members: number[] = [];
  for (let i = range[0]; i < range[1]; i++) members.push(i);
  return located(value.postcode, members, 'district');
}

function located(
  postcode: string,
  members: number[],
  precision: 'sector' | 'district',
): LocatedPostcode | undefined {
  const table = sectorTable();
  let weight = 0;
  let easting = 0;
  let northing = 0;
  const byAuthority = new Map<number, number>();
  for (const i of members) {
    const w = table.postcodes[i] ?? 0;
    const la = table.authority[i] ?? 0;
    weight += w;
    easting += (table.easting[i] ?? 0) * w;
    northing += (table.northing[i] ?? 0) * w;
    byAuthority.set(la, (byAuthority.get(la) ?? 0) + w);
  }
  if (weight === 0) return undefined;
  const point: GridPoint = { easting: Math.round(easting / weight), northing: Math.round(northing / weight) };
  return locatedIn(postcode, point, authorityRow(mostTallied(byAuthority))[0], precision);
}

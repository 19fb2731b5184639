import type { GridPoint, LocatedPostcode, PostcodeLocator } from '@placewise/model';
import { parsePostcode } from '@placewise/model';
import { locatedIn, mostTallied } from './internal/located.js';
import { remembered } from './internal/remembered.js';
import { findUnitSector } from './internal/sector-keys.js';
import { authorityRow, sectorTable } from './internal/sector-table.js';

/**
 * Creates the zero-configuration locator over the embedded table of every UK postcode sector
 * (ONS Postcode Directory, November 2025). A full postcode or a sector resolves to its sector's centroid
 * (`precision: 'sector'`); a district resolves to the postcode-weighted mean of its sectors
 * (`precision: 'district'`), its authority being the one most of the district's postcodes are in.
 * Distances between sector centroids approximate full-postcode ones to within a sector's size (a few
 * hundred metres in towns, a few miles in the country): say so wherever they are shown.
 *
 * A unit already written as `parsePostcode` writes it (`LS6 1AA`, as a return's reader leaves them) is read
 * straight from its sector, and the last few thousand such units are remembered (shared by every locator),
 * so a unit asked again soon gives the same object, made once. Any other input is parsed, and each locator
 * remembers those answers (up to 65,536 distinct inputs, then it starts afresh), so such an input repeated
 * gives the same object. Treat what it returns as read-only.
 *
 * @returns a {@link PostcodeLocator}; `locate` gives `undefined` for input that is not a postcode, sector
 *   or district, or is not in the table (e.g. Channel Islands, Isle of Man).
 * @example
 * const locator = createSectorLocator();
 * locator.locate('LS6 1AA'); // { postcode: 'LS6 1AA', point, authority: 'E08000035', nation: 'england', precision: 'sector', … }
 */
export function createSectorLocator(): PostcodeLocator {
  const parsed = remembered(locateParsed);
  return {
    locate(input) {
      // A region's returns name hundreds of thousands of units: remembering each would hold them all.
      return locateCanonicalUnit(input) ?? parsed(input);
    },
  };
}

/**
 * Locates a postcode, sector or district: a unit postcode already written as `parsePostcode` writes one
 * (as a return's reader leaves them) straight from its sector, anything else through `parsePostcode`.
 * Both ways give the same answer (tested over every sector of the table).
 */
export function locateBySector(input: string): LocatedPostcode | undefined {
  return locateCanonicalUnit(input) ?? locateParsed(input);
}

/**
 * The answer for a unit written as `parsePostcode` writes it, read from its sector; `undefined` for any
 * other input, or a unit whose sector is not in the table or must go the long way (see {@link inSector}),
 * which `locateParsed` then answers.
 */
function locateCanonicalUnit(input: string): LocatedPostcode | undefined {
  const i = typeof input === 'string' ? findUnitSector(input) : -1;
  return i < 0 ? undefined : inSector(input, i);
}

/**
 * Each sector's answer, worked out on first use (the postcode in it is the sector's own); `null` where the
 * sector has no answer, or its name does not parse (six London W1 districts the ONSPD still lists, W1M to
 * W1Y, whose third character `parsePostcode`'s outward pattern refuses): a unit there goes the long way,
 * and gets what parsing gives.
 */
const sectorAnswers: (LocatedPostcode | null | undefined)[] = [];

/**
 * Units located lately, by their number's slot (Fibonacci hashing, one unit a slot, the last one there
 * kept): a unit asked again soon (a child's home down its placements, then again by the indicators) gets
 * the same answer without another object, so callers need no cache of their own. 4,096 answers at most
 * are held (about 0.6 MB), however many units a region names.
 */
const RECENT_BITS = 12;
const recentUnits = new Int32Array(1 << RECENT_BITS);
const recentAnswers: LocatedPostcode[] = [];

/** A unit in sector `i` of the table: the sector's answer under the unit's own postcode (`undefined`: go the long way). */
function inSector(postcode: string, i: number): LocatedPostcode | undefined {
  let answer = sectorAnswers[i];
  if (answer === undefined) {
    const name = sectorTable().names[i] as string;
    answer = (parsePostcode(name).success ? located(name, [i], 'sector') : undefined) ?? null;
    sectorAnswers[i] = answer;
  }
  if (answer === null) return undefined;
  // The unit's number: its sector's, then its two inward letters (the rest of a well-written unit).
  const n = postcode.length;
  const unit = i * 676 + (postcode.charCodeAt(n - 2) - 65) * 26 + (postcode.charCodeAt(n - 1) - 65);
  const slot = Math.imul(unit, 0x9e3779b1) >>> (32 - RECENT_BITS);
  if (recentUnits[slot] === unit + 1) return recentAnswers[slot];
  // The sector's answer with the unit's postcode, its keys in the same order; a point of its own.
  const found: LocatedPostcode = {
    postcode,
    point: { easting: answer.point.easting, northing: answer.point.northing },
    authority: answer.authority,
    lowerTierAuthority: answer.lowerTierAuthority,
    nation: answer.nation,
    precision: answer.precision,
  };
  recentUnits[slot] = unit + 1;
  recentAnswers[slot] = found;
  return found;
}

/** {@link locateBySector} the long way: any input, parsed by `parsePostcode`. */
export function locateParsed(input: string): LocatedPostcode | undefined {
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

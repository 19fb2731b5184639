import { distanceMiles, parsePostcode } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectorTable } from './internal/sector-table.js';
import { createSectorLocator, locateBySector, locateParsed } from './sector-locator.js';

const locator = createSectorLocator();

describe('createSectorLocator', () => {
  it('locates a full postcode to its sector centroid, saying it is sector-approximate', () => {
    const found = locator.locate('ls6 1aa');
    expect(found).toMatchObject({
      postcode: 'LS6 1AA',
      authority: 'E08000035',
      lowerTierAuthority: 'E08000035',
      nation: 'england',
      precision: 'sector',
    });
    expect(locator.locate('LS6 1')?.point).toEqual(found?.point);
  });

  it('gives the upper-tier authority for a two-tier area', () => {
    // CB2 is Cambridge (lower tier) in Cambridgeshire (upper tier, children's services).
    const found = locator.locate('CB2 1');
    expect(found?.lowerTierAuthority).toBe('E07000008');
    expect(found?.authority).toBe('E10000003');
  });

  it('locates a district at the postcode-weighted mean of its sectors', () => {
    const district = locator.locate('LS6');
    expect(district?.precision).toBe('district');
    expect(district?.authority).toBe('E08000035');
    const sectors = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((d) => locator.locate(`LS6 ${d}`))
      .filter((s) => s !== undefined);
    const e = sectors.map((s) => s.point.easting);
    expect(district?.point.easting).toBeGreaterThanOrEqual(Math.min(...e));
    expect(district?.point.easting).toBeLessThanOrEqual(Math.max(...e));
  });

  it('knows the nations', () => {
    expect(locator.locate('CF10 1')?.nation).toBe('wales');
    expect(locator.locate('EH1 1')?.nation).toBe('scotland');
    expect(locator.locate('BT1 1')?.nation).toBe('northern-ireland');
  });

  it('gives a real distance between two real places (Leeds to Manchester is about 36 miles)', () => {
    const leeds = locator.locate('LS1 4');
    const manchester = locator.locate('M1 1');
    expect(leeds && manchester).toBeTruthy();
    if (!leeds || !manchester) return;
    const miles = distanceMiles(leeds.point, manchester.point);
    expect(miles).toBeGreaterThan(30);
    expect(miles).toBeLessThan(42);
  });

  it('returns undefined for unknown or malformed input and never throws', () => {
    expect(locator.locate('not a postcode')).toBeUndefined();
    expect(locator.locate('ZZ99 9ZZ')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const found = locator.locate(s);
        if (found) expect(['unit', 'sector', 'district']).toContain(found.precision);
      }),
    );
  });
  it('reads a well-written unit from its sector, the same answer for a unit asked again soon', () => {
    const fresh = createSectorLocator();
    const first = fresh.locate('LS6 1AA');
    expect(fresh.locate('LS6 1AA')).toBe(first);
    // Every other locator shares what was located lately.
    expect(createSectorLocator().locate('LS6 1AA')).toBe(first);
    // After thousands of other units (more than are remembered), an equal answer made again.
    const sectors = sectorTable().names.filter((name) => /^[A-Z]{1,2}\d[A-Z\d]? \d$/.test(name));
    for (const sector of sectors.slice(0, 500))
      for (const inward of ['AB', 'XY']) fresh.locate(`${sector}${inward}`);
    const again = fresh.locate('LS6 1AA');
    expect(again).toEqual(first);
    expect(again?.postcode).toBe('LS6 1AA');
    // Two units of one sector share its centroid, under their own postcodes, with points of their own.
    const neighbour = fresh.locate('LS6 1AB');
    expect(neighbour?.postcode).toBe('LS6 1AB');
    expect(neighbour?.point).toEqual(first?.point);
    expect(neighbour?.point).not.toBe(first?.point);
    // The keys come in the order the long way gives them.
    expect(Object.keys(first ?? {})).toEqual(Object.keys(locateParsed('LS6 1AA') ?? {}));
  });
  it('remembers its answers, and answers the same after it has forgotten them', () => {
    const fresh = createSectorLocator();
    const first = fresh.locate('ls6 1aa');
    expect(fresh.locate('ls6 1aa')).toBe(first);
    expect(fresh.locate('not a postcode')).toBeUndefined();
    expect(fresh.locate('not a postcode')).toBeUndefined();
    // More distinct inputs than it keeps (65,536): it starts afresh and still answers as a new locator does.
    for (let i = 0; i < 70_000; i++) fresh.locate(`LS6 ${i}`);
    const again = fresh.locate('ls6 1aa');
    expect(again).toEqual(createSectorLocator().locate('ls6 1aa'));
    expect(again?.postcode).toBe('LS6 1AA');
    expect(fresh.locate('LS6 1')).toEqual(createSectorLocator().locate('LS6 1'));
  });
  it('knows the sectors of the table that parsePostcode refuses: six London W1 districts', () => {
    const unparsed = sectorTable().names.filter((name) => !parsePostcode(name).success);
    expect(new Set(unparsed.map((name) => name.split(' ')[0]))).toEqual(
      new Set(['W1M', 'W1N', 'W1R', 'W1V', 'W1X', 'W1Y']),
    );
    // A unit there is refused as parsing refuses it, though its sector is in the table.
    expect(locateBySector('W1M 1AA')).toBeUndefined();
  });

  it('reads a well-written unit straight from its sector, with the answer parsing gives, in every sector', () => {
    // Every sector with a valid inward code, and the near misses that must not be read as units: a letter
    // no unit ends with, lower case, no space, a space too many.
    const inwards = ['AA', 'ZZ', 'BX', 'CA', 'AI', 'OK'];
    let compared = 0;
    // Compared as JSON and gathered, with one assertion at the end: an \`expect\` per input made this test
    // take over 30 s on a loaded machine.
    const differ: string[] = [];
    for (const name of sectorTable().names) {
      const units = inwards.map((tail) => `${name}${tail}`);
      const first = units[0] as string;
      for (const input of [...units, first.toLowerCase(), first.replace(' ', ''), ` ${first}`, `${first} `]) {
        if (JSON.stringify(locateBySector(input)) !== JSON.stringify(locateParsed(input))) differ.push(input);
        compared += 1;
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
    expect(locateBySector('LS6 1AA')?.precision).toBe('sector');
    expect(locateBySector('LS6 1CA')).toBeUndefined();
  });
});

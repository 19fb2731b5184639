import { createSectorLocator, findLocalAuthority } from '@placewise/geo';
import { Child, Episode, Fee, Placement, parsePostcode, Referral, Setting, Vacancy } from '@placewise/model';
import { readReturn } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import { generateAuthority } from './generate-authority.js';
import { returnForYear, writeSyntheticReturns } from './returns.js';

const la = generateAuthority({ seed: 42, children: 800, authority: 'E08000035' });
const locator = createSectorLocator();

describe('generateAuthority', () => {
  it('is byte-identical for the same seed and differs for another', () => {
    const again = generateAuthority({ seed: 42, children: 800, authority: 'E08000035' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(la));
    expect(JSON.stringify(generateAuthority({ seed: 43, children: 800, authority: 'E08000035' }))).not.toBe(
      JSON.stringify(la),
    );
  });

  it('draws a real English authority from the seed when none is given', () => {
    const drawn = generateAuthority({ seed: 5, children: 20 });
    expect(findLocalAuthority(drawn.authority.code)?.nation).toBe('england');
    expect(drawn.authority.name).toMatch(/\(synthetic\)$/);
  });

  it('gives valid model objects of every kind', () => {
    for (const child of la.children) Child.parse(child);
    for (const episode of la.episodes) Episode.parse(episode);
    for (const placement of la.placements) Placement.parse(placement);
    for (const setting of la.settings) expect(Setting.parse(setting)).toEqual(setting);
    for (const vacancy of la.vacancies) Vacancy.parse(vacancy);
    for (const referral of la.referrals) expect(Referral.parse(referral)).toEqual(referral);
    for (const fee of la.fees) Fee.parse(fee);
    expect(la.children).toHaveLength(800);
    expect(la.vacancies.length).toBeGreaterThan(0);
    expect(la.referrals.length).toBeGreaterThan(0);
  });

  it('keeps each child’s episodes contiguous: S first (or the episode open when the window began), each next starting the day the last ended', () => {
    const byChild = new Map<string, Episode[]>();
    for (const e of la.episodes) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
    expect(byChild.size).toBe(800);
    let before = 0;
    for (const episodes of byChild.values()) {
      const first = episodes[0] as Episode;
      if (first.start >= la.period.start) expect(first.reasonNewEpisode).toBe('S');
      else {
        // Looked after since before the window: the history starts with the episode open on its first day.
        before++;
        expect(first.end === undefined || first.end >= la.period.start).toBe(true);
      }
      for (let i = 1; i < episodes.length; i++) {
        expect(episodes[i]?.start).toBe(episodes[i - 1]?.end);
        expect(episodes[i - 1]?.reasonEpisodeCeased).toBe('X1');
        expect(['L', 'P', 'T', 'U', 'B']).toContain(episodes[i]?.reasonNewEpisode);
        if (episodes[i]?.reasonNewEpisode !== 'L') expect(episodes[i - 1]?.reasonPlaceChange).toBeDefined();
        else expect(episodes[i]?.legalStatus).not.toBe(episodes[i - 1]?.legalStatus);
      }
      const last = episodes.at(-1);
      if (last?.end) expect(last.reasonEpisodeCeased).toMatch(/^E/);
    }
    expect(before).toBeGreaterThan(800 * 0.25);
  });

  it('is near the national mix of children and placements', () => {
    const uasc = la.children.filter((c) => c.uasc).length / la.children.length;
    expect(uasc).toBeGreaterThan(0.05);
    expect(uasc).toBeLessThan(0.11);
    const male = la.children.filter((c) => c.sex === 'male').length / la.children.length;
    expect(male).toBeGreaterThan(0.5);
    expect(male).toBeLessThan(0.64);
    const open = la.placements.filter((p) => p.end === undefined);
    const share = (test: (p: Placement) => boolean) => open.filter(test).length / open.length;
    const fostered = share((p) => p.category.startsWith('fostering') || p.category === 'kinship-fostering');
    expect(fostered).toBeGreaterThan(0.6);
    expect(fostered).toBeLessThan(0.8);
    expect(share((p) => p.category === 'childrens-home')).toBeGreaterThan(0.06);
    expect(share((p) => p.category === 'childrens-home')).toBeLessThan(0.2);
    const out = la.placements.filter((p) => p.locality === 'OUT').length / la.placements.length;
    expect(out).toBeGreaterThan(0.2);
    expect(out).toBeLessThan(0.5);
  });

  it('uses only codes valid when each episode ran: H5 before April 2024, K3 from then, never P2 or Z1', () => {
    for (const e of la.episodes) {
      expect(['P2', 'Z1']).not.toContain(e.placementType);
      if (e.placementType === 'H5')
        expect(e.start < '2024-04-01' && (e.end ?? '9999') <= '2024-04-01').toBe(true);
      if (e.placementType === 'K3') expect(e.start >= '2024-04-01').toBe(true);
    }
  });

  it('puts homes in real sectors of the authority and placements in real sectors, so distances are real', () => {
    for (const e of la.episodes) {
      if (e.homePostcode) {
        expect(parsePostcode(e.homePostcode).success).toBe(true);
        expect(locator.locate(e.homePostcode)?.authority).toBe('E08000035');
      }
      if (e.placementPostcode) expect(locator.locate(e.placementPostcode)).toBeDefined();
    }
    const distances = la.placements.flatMap((p) => (p.distanceMiles === undefined ? [] : [p.distanceMiles]));
    expect(distances.length).toBeGreaterThan(la.placements.length * 0.8);
    expect(Math.max(...distances)).toBeGreaterThan(20);
  });

  it('gives open referrals, needed from the day the vacancies are listed, that some vacancies can meet', () => {
    expect(la.referrals.length).toBeGreaterThan(0);
    const end = la.period.end;
    const sixWeeks = new Date(`${end}T00:00:00Z`);
    sixWeeks.setUTCDate(sixWeeks.getUTCDate() + 42);
    for (const referral of la.referrals) {
      expect(referral.neededBy >= end).toBe(true);
      expect(referral.neededBy <= sixWeeks.toISOString().slice(0, 10)).toBe(true);
      if (referral.urgency === 'today') expect(referral.neededBy).toBe(end);
    }
    const canStart = la.referrals.filter((r) => la.vacancies.some((v) => v.availableFrom <= r.neededBy));
    expect(canStart.length).toBeGreaterThan(la.referrals.length / 2);
  });

  it('prices placements within the reference ranges', () => {
    const weekly = (category: string) =>
      la.fees.filter((f) => f.category === category).map((f) => f.amount / 100);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    expect(median(weekly('childrens-home'))).toBeGreaterThan(4000);
    expect(median(weekly('childrens-home'))).toBeLessThan(7500);
    expect(median(weekly('fostering-agency'))).toBeGreaterThan(700);
    expect(median(weekly('fostering-agency'))).toBeLessThan(1100);
    for (const fee of la.fees) expect(fee.amount % 100).toBe(0);
  });
});

describe('generateAuthority with an authority that has no sectors', () => {
  it('throws a named error (a programmer error, not bad data)', () => {
    expect(() => generateAuthority({ seed: 1, children: 5, authority: 'E10000006' })).toThrow(
      /not a current English/,
    );
  });
});

describe('generateAuthority with real Ofsted homes', () => {
  it('uses real children’s home URNs in their real authorities and still round-trips cleanly', () => {
    const real = generateAuthority({ seed: 3, children: 400, authority: 'E08000035', ofsted: true });
    const homes = real.settings.filter((s) => s.type === 'childrens-home');
    expect(homes.length).toBeGreaterThan(10);
    expect(homes.filter((s) => !s.urn?.startsWith('SC9')).length).toBeGreaterThan(homes.length / 2);
    const inLeeds = homes.filter((s) => s.location.authority === 'E08000035');
    for (const home of inLeeds)
      expect(locator.locate(home.location.postcode ?? '')?.authority).toBe('E08000035');
    expect(real.episodes.some((e) => e.placementType === 'K2' && !e.urn?.startsWith('SC9'))).toBe(true);
    const { files } = writeSyntheticReturns(real);
    for (const year of real.collectionYears) {
      const read = readReturn(
        files.filter((f) => f.name.startsWith(`${year}/`)),
        { collectionYear: year, locator },
      );
      expect(read.issues).toEqual([]);
      expect(read.value.episodes).toEqual(returnForYear(real, year).value.episodes);
    }
  });
});

describe('generateAuthority over five years, 2,000 children', () => {
  const big = generateAuthority({
    seed: 7,
    children: 2000,
    authority: 'E10000016',
    startYear: 2020,
    years: 5,
  });
  const dob = new Map(big.children.map((c) => [c.id, c.dateOfBirth]));
  const uasc = new Set(big.children.filter((c) => c.uasc).map((c) => c.id));
  const ageOn = (id: string, day: string) => {
    const born = dob.get(id) ?? day;
    return Number(day.slice(0, 4)) - Number(born.slice(0, 4)) - (day.slice(5) < born.slice(5) ? 1 : 0);
  };
  const marches = big.collectionYears.map((y) => `${Number(y.slice(0, 4)) + 1}-03-31`);
  const lookedAfterOn = (day: string) =>
    new Set(
      big.episodes
        .filter((e) => e.start <= day && (e.end === undefined || e.end > day))
        .map((e) => e.childId),
    );
  const stocks = marches.map((day) => lookedAfterOn(day).size);
  const lastMarch = marches.at(-1) as string;
  const stock = lookedAfterOn(lastMarch);

  it('is a steady state: the number looked after on each 31 March is within 10% of their mean', () => {
    const mean = stocks.reduce((a, b) => a + b, 0) / stocks.length;
    expect(mean).toBeGreaterThan(2000 * 0.25);
    for (const n of stocks) expect(Math.abs(n - mean) / mean).toBeLessThan(0.1);
  });

  it('has long stays: about a third of those looked after at the end are under 16 and in care 2.5 years or more (DfE 2024: 29,000 of 83,530)', () => {
    const firstStart = new Map<string, string>();
    for (const e of big.episodes) if (!firstStart.has(e.childId)) firstStart.set(e.childId, e.start);
    const since = [...stock].filter((id) => (firstStart.get(id) ?? '') <= '2022-09-30');
    const long = since.filter((id) => ageOn(id, lastMarch) < 16).length / stock.size;
    expect(long).toBeGreaterThan(0.25);
    expect(long).toBeLessThan(0.45);
    // Some have been looked after since before the five years began.
    expect(since.filter((id) => (firstStart.get(id) ?? '') < big.period.start).length).toBeGreaterThan(
      stock.size * 0.1,
    );
  });

  it('keeps starts at the national age mix (2024: 29% aged 16+, 26% aged 10–15) and UASC at about 8% of those looked after', () => {
    const starts = big.episodes.filter((e) => e.reasonNewEpisode === 'S');
    expect(starts.length).toBeGreaterThan(1000);
    const share = (test: (age: number) => boolean) =>
      starts.filter((e) => test(ageOn(e.childId, e.start))).length / starts.length;
    expect(share((a) => a >= 16)).toBeGreaterThan(0.24);
    expect(share((a) => a >= 16)).toBeLessThan(0.36);
    expect(share((a) => a >= 10 && a < 16)).toBeGreaterThan(0.21);
    expect(share((a) => a >= 10 && a < 16)).toBeLessThan(0.33);
    const uascShare = [...stock].filter((id) => uasc.has(id)).length / stock.size;
    expect(uascShare).toBeGreaterThan(0.05);
    expect(uascShare).toBeLessThan(0.11);
  });

  it('moves children about as often as nationally: DfE 10% (±3 points) of those looked after at the end had 3+ placements in the year', () => {
    const yearStart = `${Number(lastMarch.slice(0, 4)) - 1}-04-01`;
    const placements = new Map<string, number>();
    for (const p of big.placements)
      if (p.start <= lastMarch && (p.end === undefined || p.end >= yearStart))
        placements.set(p.childId, (placements.get(p.childId) ?? 0) + 1);
    const threePlus = [...stock].filter((id) => (placements.get(id) ?? 0) >= 3).length / stock.size;
    expect(threePlus).toBeGreaterThan(0.07);
    expect(threePlus).toBeLessThan(0.134);
  });
});

import type { LocatedPostcode, PostcodeLocator, ReferralInput, VacancyInput } from '@placewise/model';
import { Referral, Vacancy } from '@placewise/model';

/** Real sector centroids and authorities from the ONS Postcode Directory (Nov 2025, OGL v3.0). */
export const SECTORS: Record<string, [number, number, string]> = {
  'LS6 1': [428582, 435084, 'E08000035'],
  'LS8 2': [432687, 437101, 'E08000035'],
  'LS1 4': [429488, 433389, 'E08000035'],
  'BD1 1': [416392, 433148, 'E08000032'],
  'WF1 1': [433212, 420599, 'E08000036'],
  'HG1 1': [430407, 455380, 'E06000065'],
  'YO1 7': [460313, 452032, 'E06000014'],
  'S1 2': [435494, 387319, 'E08000039'],
  'M1 1': [384460, 398429, 'E08000003'],
  'CF10 1': [318004, 175910, 'W06000015'],
};
export const SECTOR_NAMES = Object.keys(SECTORS);

/** A small locator over {@link SECTORS}: full postcodes resolve to their sector. */
export const locator: PostcodeLocator = {
  locate(postcode: string): LocatedPostcode | undefined {
    const key = postcode.trim().toUpperCase().replace(/\s+/g, ' ');
    const sector = SECTORS[key] ? key : key.replace(/[A-Z]{2}$/, '').trim();
    const found = SECTORS[sector];
    if (!found) return undefined;
    const [easting, northing, authority] = found;
    return {
      postcode: key,
      point: { easting, northing },
      authority,
      nation: authority.startsWith('W') ? 'wales' : 'england',
      precision: 'sector',
    };
  },
};

type SettingInput = VacancyInput['setting'];

/** A vacancy at a children's home in Leeds taking 11–17s of either sex, overridable. */
export function vacancy(
  id: string,
  setting: Partial<SettingInput> = {},
  rest: Partial<Omit<VacancyInput, 'setting'>> = {},
): Vacancy {
  return Vacancy.parse({
    id,
    placesFree: 1,
    availableFrom: '2025-01-01',
    ...rest,
    setting: {
      id: `S-${id}`,
      type: 'childrens-home',
      category: 'childrens-home',
      registration: 'registered',
      places: 4,
      ageRange: { min: 8, max: 17 },
      sexes: ['male', 'female'],
      ownership: 'private',
      ofsted: { judgement: 'good', date: '2024-06-01' },
      location: { postcode: 'LS8 2' },
      ...setting,
    },
  });
}

/** A referral for a 13-year-old girl from Leeds needed on 2025-01-10, overridable. */
export function referral(overrides: Partial<ReferralInput> = {}): Referral {
  return Referral.parse({
    id: 'R1',
    childId: 'C0001',
    dateOfBirth: '2011-09-01',
    sex: 'female',
    neededBy: '2025-01-10',
    urgency: 'within-5-days',
    responsibleAuthority: 'E08000035',
    home: { postcode: 'LS6 1' },
    ...overrides,
  });
}

import { createSectorLocator, listSectors } from '@placewise/geo';
import type { Referral, Vacancy } from '@placewise/model';
import { Referral as ReferralSchema, Vacancy as VacancySchema } from '@placewise/model';
import { mulberry32 } from '../../../scripts/lib/bench.js';

/** A seeded generator of synthetic vacancies and referrals over real English postcode sectors. */
export function generate(seed: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sectors = listSectors().filter((x) => x.nation === 'england');
  const risks = [
    'self-harm',
    'going-missing',
    'criminal-exploitation',
    'sexual-exploitation',
    'harm-to-others',
    'fire-setting',
  ] as const;
  const types = [
    ['childrens-home', 'childrens-home', 0.45],
    ['foster-household', 'fostering-agency', 0.3],
    ['kinship-household', 'kinship-fostering', 0.05],
    ['supported-accommodation', 'supported-accommodation', 0.2],
  ] as const;
  const pickType = () => {
    let u = random();
    for (const t of types) {
      u -= t[2];
      if (u < 0) return t;
    }
    return types[0];
  };

  const vacancy = (i: number): Vacancy => {
    const [type, category] = pickType();
    const min = type === 'supported-accommodation' ? 16 : pick([0, 5, 8, 11, 13]);
    return VacancySchema.parse({
      id: `V${String(i).padStart(5, '0')}`,
      placesFree: 1 + Math.floor(random() * random() * 4),
      availableFrom: pick(['2025-01-01', '2025-01-08', '2025-01-20', '2025-02-15']),
      weeklyCost: 100_000 + Math.floor(random() * 900_000),
      setting: {
        id: `S${i}`,
        type,
        category,
        registration: 'registered',
        places: 4,
        ageRange: { min, max: 17 },
        sexes: random() < 0.7 ? ['male', 'female'] : [pick(['male', 'female'])],
        acceptsRisks: risks.filter(() => random() < 0.6),
        ownership: random() < 0.8 ? 'private' : 'local-authority',
        ofsted: type.endsWith('household')
          ? undefined
          : {
              judgement: pick(['outstanding', 'good', 'good', 'requires-improvement', 'inadequate']),
              date: pick(['2022-05-01', '2023-09-01', '2024-07-01']),
            },
        location: { postcode: pick(sectors).sector },
        fosteredChildren: type.endsWith('household') ? Math.floor(random() * 3) : undefined,
        communication: random() < 0.2 ? ['BSL'] : [],
        adapted: random() < 0.5 ? random() < 0.3 : undefined,
        staffingRatios: random() < 0.3 ? ['standard', '1:1'] : ['standard'],
      },
    });
  };

  const referral = (i: number): Referral => {
    const home = pick(sectors);
    const year = 2007 + Math.floor(random() * 12);
    return ReferralSchema.parse({
      id: `R${String(i).padStart(4, '0')}`,
      childId: `C${i}`,
      dateOfBirth: `${year}-0${1 + Math.floor(random() * 9)}-15`,
      sex: pick(['male', 'female']),
      neededBy: pick(['2025-01-10', '2025-01-25', '2025-03-01']),
      urgency: pick(['today', 'within-5-days', 'more-than-5-days']),
      responsibleAuthority: home.authority,
      home: { postcode: home.sector },
      school:
        random() < 0.6
          ? {
              postcode: pick(sectors.filter((x) => x.authority === home.authority).slice(0, 20)).sector,
              mustContinue: random() < 0.3,
            }
          : undefined,
      importantLocations: random() < 0.4 ? [{ postcode: pick(sectors).sector, frequency: 'weekly' }] : [],
      siblingCount: random() < 0.12 ? 1 + Math.floor(random() * 2) : 0,
      risks: risks.filter(() => random() < 0.15),
      suitability: {
        foster: pick(['preferred', 'suitable', 'not-specified']),
        residential: pick(['suitable', 'not-specified']),
        supportedAccommodation: 'not-specified',
      },
      communicationRequirements: random() < 0.05 ? ['BSL'] : [],
      homeAdaptation: random() < 0.05,
    });
  };

  return { locator: createSectorLocator(), vacancy, referral };
}

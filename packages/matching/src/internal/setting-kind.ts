import { SettingType } from '@placewise/model';

/** Index of each setting type in `SettingType.options`, the code stored per vacancy. */
export const KIND = Object.fromEntries(SettingType.options.map((t, i) => [t, i])) as Record<
  SettingType,
  number
>;

/** The PlacementRecommendation group a setting type falls in: 0 foster, 1 residential, 2 supported. */
export const SUITABILITY_GROUP: readonly number[] = SettingType.options.map((t) =>
  t === 'foster-household' || t === 'kinship-household' ? 0 : t === 'supported-accommodation' ? 2 : 1,
);

/**
 * The s22C(5)–(7) order of preference as a 0..1 ladder: connected-person (kinship) foster care first,
 * other foster care, then registered homes and schools, then other arrangements, unregistered last.
 */
export const S22C_LADDER: readonly number[] = SettingType.options.map((t) => {
  switch (t) {
    case 'kinship-household':
      return 1;
    case 'foster-household':
      return 0.85;
    case 'childrens-home':
    case 'secure-childrens-home':
    case 'residential-school':
    case 'residential-family-centre':
    case 'health-setting':
      return 0.6;
    case 'unregistered':
      return 0.1;
    default:
      return 0.35;
  }
});

/** Setting types that are "other arrangements" under s22C(6)(d) for the reg 27A/27C age rules. */
export const OTHER_ARRANGEMENT: readonly boolean[] = SettingType.options.map(
  (t) => t === 'supported-accommodation' || t === 'unregistered',
);

/**
 * Welsh "restricted children's services" (Health and Social Care (Wales) Act 2025): children's homes,
 * fostering services (foster and kinship households) and secure accommodation; not NHS hospitals
 * (`health-setting`) or residential schools.
 */
export const WELSH_RESTRICTED: readonly boolean[] = SettingType.options.map(
  (t) =>
    t === 'childrens-home' ||
    t === 'secure-childrens-home' ||
    t === 'foster-household' ||
    t === 'kinship-household',
);

/** Setting types that must be registered as children's homes to take any child (Care Standards Act 2000 s11). */
export const MUST_BE_REGISTERED: readonly boolean[] = SettingType.options.map(
  (t) => t === 'childrens-home' || t === 'secure-childrens-home',
);

/**
 * Setting types that are unregistered by definition (`unregistered`: care and accommodation given without
 * registration), barred for every child in every nation whatever the `registration` field says.
 */
export const NEVER_REGISTERED: readonly boolean[] = SettingType.options.map((t) => t === 'unregistered');

/** Foster households the usual fostering limit applies to. */
export const FOSTERING: readonly boolean[] = SettingType.options.map(
  (t) => t === 'foster-household' || t === 'kinship-household',
);

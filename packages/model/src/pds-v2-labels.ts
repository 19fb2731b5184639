/**
 * The Placements Data Standard v2 option labels, exactly as the standard writes them, and the model value
 * each maps to (both ways). Source: SocialCareData/placements-standard `placements.json` (MIT licence,
 * © 2025 Data Standards for Social Care).
 *
 * @example
 * PDS_V2_LABELS.pets['Yes - must']; // 'must'
 */
export const PDS_V2_LABELS = {
  neededBy: {
    Today: 'today',
    'in less than 5 days': 'within-5-days',
    'in more than 5 days': 'more-than-5-days',
  },
  communicationNeeds: { Y: 'yes', N: 'no', 'Not Specified': 'not-specified' },
  specificCommunicationRequirements: {
    ESOL: 'ESOL',
    BSL: 'BSL',
    Makaton: 'Makaton',
    Other: 'other',
    None: 'none',
  },
  culturalNeeds: {
    Required: 'required',
    'Not required': 'not-required',
    'Not Known': 'not-known',
    Other: 'other',
  },
  livingCompanions: {
    'Solo placement recommended': 'solo',
    'With other children recommended': 'with-other-children',
    'Only with other older children': 'only-older',
    'Only with other younger children': 'only-younger',
    'No preference': 'no-preference',
  },
  pets: { 'Yes - must': 'must', 'Yes - can': 'can', No: 'no', 'Not Known': 'not-known' },
  additionalSupport: {
    'additional supervision': 'supervision',
    'therapeutic support': 'therapeutic',
    'a worker for respite': 'respite-worker',
    'taxis to school': 'school-transport',
    NA: 'none',
    'other (please specify)': 'other',
  },
  suitability: {
    Preferred: 'preferred',
    'Suitable but not preferred': 'suitable',
    Unsuitable: 'unsuitable',
    'Not specified': 'not-specified',
  },
  risk: { 'No known risk': false, 'Risk Present': true },
  placementType: {
    Residential: 'residential',
    Foster: 'foster',
    'Supported Accommodation': 'supported-accommodation',
  },
} as const;

/** The label lists by field, for the schemas: `labelsOf('pets')` → `['Yes - must', …]`. */
export function labelsOf<K extends keyof typeof PDS_V2_LABELS>(
  key: K,
): [keyof (typeof PDS_V2_LABELS)[K] & string, ...(keyof (typeof PDS_V2_LABELS)[K] & string)[]] {
  return Object.keys(PDS_V2_LABELS[key]) as [
    keyof (typeof PDS_V2_LABELS)[K] & string,
    ...(keyof (typeof PDS_V2_LABELS)[K] & string)[],
  ];
}

/** The label a model value is written as (the first label mapping to it). */
export function labelFor<K extends keyof typeof PDS_V2_LABELS>(
  key: K,
  value: (typeof PDS_V2_LABELS)[K][keyof (typeof PDS_V2_LABELS)[K]],
): string {
  const found = Object.entries(PDS_V2_LABELS[key]).find(([, v]) => v === value);
  return found ? found[0] : '';
}

/**
 * PDS v2 Risks field → the model's `Risk` it records ("Risk Present" adds it).
 *
 * @example
 * PDS_V2_RISK_FIELDS.riskMissing; // 'going-missing'
 */
export const PDS_V2_RISK_FIELDS = {
  riskSelfHarm: 'self-harm',
  riskSexualExploitation: 'sexual-exploitation',
  riskCriminalExploitation: 'criminal-exploitation',
  riskDrugAlcohol: 'drug-alcohol',
  riskEatingDisorder: 'eating-disorder',
  riskMissing: 'going-missing',
  riskToOthersPhysical: 'harm-to-others',
  riskToOthersSexual: 'sexual-harm',
  riskToOthersFire: 'fire-setting',
  riskToOthersAnimals: 'harm-to-animals',
  riskToOthersCriminal: 'criminal-exploitation-of-others',
} as const;

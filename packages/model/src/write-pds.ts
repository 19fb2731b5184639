import type { PlacementCategory } from './category.js';
import type { Issue, Result } from './issue.js';
import type { PdsActualPlacement, PdsPlacementRecord, PdsQualityAssurance, PdsReferral } from './pds-v2.js';
import { labelFor, PDS_V2_RISK_FIELDS } from './pds-v2-labels.js';
import type { Placement } from './placement.js';
import { postcodeSector } from './postcode.js';
import type { Referral } from './referral.js';

const OTHER_RISK = 'Other risk recorded (text kept in the case record).';

/**
 * Writes a {@link Referral} as a Placements Data Standard v2 referral (the envelope `readPdsReferral`
 * reads), labels exactly as the standard writes them. What the standard has no field for (school,
 * language, faith, needs, distance limits, locations to avoid…) is left out; a second additional-support
 * need (the standard takes one) and a child id that is not a whole number are issues.
 *
 * @example
 * const { value } = writePdsReferral(referral, { referralDate: '2025-01-06' });
 */
export function writePdsReferral(
  referral: Referral,
  options: { referralDate: string },
): Result<PdsReferral | undefined> {
  const issues: Issue[] = [];
  const childId = Number(referral.childId);
  if (!/^\d+$/.test(referral.childId) || !Number.isSafeInteger(childId) || childId > 2 ** 31 - 1) {
    return {
      value: undefined,
      issues: [
        {
          code: 'pds.child-id-not-integer',
          severity: 'error',
          message: 'The standard records childId as a whole number; this child id is not one.',
          location: { path: ['childId'] },
        },
      ],
    };
  }
  const support = referral.additionalSupport ?? [];
  if (support.length > 1)
    issues.push({
      code: 'pds.one-additional-support',
      severity: 'warning',
      message: 'The standard records one additional support need; only the first is written.',
      location: { path: ['additionalSupport'] },
    });
  const comms = referral.communicationRequirements ?? [];
  const risks = new Set(referral.risks ?? []);
  const riskLabels = Object.fromEntries(
    Object.entries(PDS_V2_RISK_FIELDS).map(([field, risk]) => [field, labelFor('risk', risks.has(risk))]),
  ) as Record<keyof typeof PDS_V2_RISK_FIELDS, string>;
  const suitability = referral.suitability;
  const value = {
    referralDate: options.referralDate,
    child: {
      dateOfBirth: referral.dateOfBirth,
      sex: referral.sex,
      homePostcode: referral.home?.postcode ?? '',
      responsibleAuthority: referral.responsibleAuthority,
    },
    PlacementAvailability: {
      childId,
      neededBy: labelFor('neededBy', referral.urgency),
      siblingCount: referral.siblingCount ?? 0,
      ...(referral.preferredLocation ? { preferredLocation: referral.preferredLocation.postcode } : {}),
    },
    PlacementRequirements: {
      communicationNeeds: labelFor('communicationNeeds', referral.communicationNeeds ?? 'not-specified'),
      specificCommunicationRequirements:
        comms.length === 0 ? ['None'] : comms.map((c) => labelFor('specificCommunicationRequirements', c)),
      homeAdaptation: referral.homeAdaptation ?? false,
      culturalNeeds: labelFor('culturalNeeds', referral.culturalNeeds ?? 'not-known'),
      livingCompanions: labelFor('livingCompanions', referral.livingCompanions ?? 'no-preference'),
      pets: labelFor('pets', referral.pets ?? 'not-known'),
      additionalSupport: labelFor('additionalSupport', support[0] ?? 'none'),
      deprivationOfLiberty: referral.deprivationOfLiberty ?? false,
    },
    PlacementRecommendation: {
      fosterCareSuitability: labelFor('suitability', suitability?.foster ?? 'not-specified'),
      residentialCareSuitability: labelFor('suitability', suitability?.residential ?? 'not-specified'),
      supportedAccommodationSuitability: labelFor(
        'suitability',
        suitability?.supportedAccommodation ?? 'not-specified',
      ),
    },
    Risks: { ...riskLabels, ...(risks.has('other') ? { riskOther: OTHER_RISK } : {}) },
  } as PdsReferral;
  return { value, issues };
}

/**
 * What {@link writePdsPlacement} needs beyond the placement: what the standard asks that the model does
 * not record (whether the location was preferable, education continuity, siblings placed together) and
 * the QualityAssurance record.
 *
 * @example
 * const input: WritePdsPlacementInput = { placement, weeklyCost: 520000, urn: 'SC000001', preferableLocation: true, educationContinuity: true, siblingsPlacedTogether: 0, qualityAssurance };
 */
export interface WritePdsPlacementInput {
  placement: Placement;
  /** Weekly cost in pence; written as whole pounds. */
  weeklyCost: number;
  /** Ofsted URN of the provider; default the placement's `urn`. */
  urn?: string;
  preferableLocation: boolean;
  educationContinuity: boolean;
  siblingsPlacedTogether: number;
  qualityAssurance: PdsQualityAssurance;
}

/**
 * The standard's placement type for each of the model's categories; those it has no type for are absent.
 *
 * @example
 * PDS_PLACEMENT_TYPE['fostering-agency']; // 'Foster'
 */
export const PDS_PLACEMENT_TYPE: Partial<Record<PlacementCategory, PdsActualPlacement['placementType']>> = {
  'kinship-fostering': 'Foster',
  'fostering-in-house': 'Foster',
  'fostering-agency': 'Foster',
  'childrens-home': 'Residential',
  'secure-childrens-home': 'Residential',
  'residential-school': 'Residential',
  'supported-accommodation': 'Supported Accommodation',
  'independent-living': 'Supported Accommodation',
};

/**
 * Writes a Placewise {@link Placement} as the standard's ActualPlacement and QualityAssurance records.
 * The location is written as the placement's postcode sector (as PDS v1 did), never the full postcode;
 * a category the standard has no type for (placed with parents, adoption, hospital, custody, temporary),
 * or a missing URN or location, is an error issue and the value is `undefined`.
 *
 * @example
 * const { value, issues } = writePdsPlacement({ placement, weeklyCost: 520000, preferableLocation: true, educationContinuity: true, siblingsPlacedTogether: 0, qualityAssurance });
 */
export function writePdsPlacement(input: WritePdsPlacementInput): Result<PdsPlacementRecord | undefined> {
  const { placement } = input;
  const issues: Issue[] = [];
  const error = (code: string, message: string, path: string) =>
    issues.push({ code, severity: 'error', message, location: { path: ['placement', path] } });
  const placementType = PDS_PLACEMENT_TYPE[placement.category];
  if (!placementType)
    error(
      'pds.placement-type-not-mappable',
      'The standard has no placement type for this category (Residential, Foster or Supported Accommodation only).',
      'category',
    );
  const urn = input.urn ?? placement.urn;
  if (!urn) error('pds.urn-missing', 'The standard requires the provider URN; none is recorded.', 'urn');
  const sector = placement.placementPostcode ? postcodeSector(placement.placementPostcode) : undefined;
  if (!sector)
    error(
      'pds.location-missing',
      'The standard requires the placement location; no usable postcode is recorded.',
      'placementPostcode',
    );
  if (!placementType || !urn || !sector) return { value: undefined, issues };
  return {
    value: {
      ActualPlacement: {
        totalWeeklyCost: Math.round(input.weeklyCost / 100),
        placementLocation: sector,
        preferabilityLocation: input.preferableLocation,
        educationContinuity: input.educationContinuity,
        providerURN: urn,
        siblingsPlacedTogether: input.siblingsPlacedTogether,
        placementType,
      },
      QualityAssurance: input.qualityAssurance,
    },
    issues,
  };
}

import type { PDS_V2_LABELS } from './pds-v2-labels.js';

/** How one PDS v2 field maps to the model: the model field it fills (or is filled from), or why it cannot. */
export type PdsFieldMapping =
  | { readonly model: string; readonly labels?: keyof typeof PDS_V2_LABELS }
  | { readonly notMappable: string };

const risk = (value: string) => ({
  model: `Referral.risks includes '${value}' when "Risk Present"`,
  labels: 'risk' as const,
});
const otherRisk = {
  model:
    "Referral.risks includes 'other' when any text is given (the text is not kept: it may hold personal details)",
};

/**
 * Every field of the Placements Data Standard v2's six entities and where it lives in the model: referral
 * entities are read into (and written from) `Referral`; ActualPlacement and QualityAssurance are written
 * from a `Placement` and the officer's record. `labels` names the option table in `PDS_V2_LABELS`.
 *
 * @example
 * PDS_V2_FIELDS.PlacementRequirements.pets; // { model: 'Referral.pets', labels: 'pets' }
 */
export const PDS_V2_FIELDS: Readonly<Record<string, Readonly<Record<string, PdsFieldMapping>>>> = {
  PlacementAvailability: {
    childId: { model: 'Referral.childId (as a string; written back only when it is a whole number)' },
    neededBy: {
      model: 'Referral.urgency, and Referral.neededBy counted from the referral date',
      labels: 'neededBy',
    },
    siblingCount: { model: 'Referral.siblingCount' },
    preferredLocation: { model: 'Referral.preferredLocation.postcode' },
  },
  PlacementRequirements: {
    communicationNeeds: { model: 'Referral.communicationNeeds', labels: 'communicationNeeds' },
    specificCommunicationRequirements: {
      model: "Referral.communicationRequirements ('None' is the empty list)",
      labels: 'specificCommunicationRequirements',
    },
    homeAdaptation: { model: 'Referral.homeAdaptation' },
    culturalNeeds: { model: 'Referral.culturalNeeds', labels: 'culturalNeeds' },
    livingCompanions: { model: 'Referral.livingCompanions', labels: 'livingCompanions' },
    pets: { model: 'Referral.pets', labels: 'pets' },
    additionalSupport: {
      model: "Referral.additionalSupport ('NA' is the empty list; one need written)",
      labels: 'additionalSupport',
    },
    deprivationOfLiberty: { model: 'Referral.deprivationOfLiberty' },
  },
  PlacementRecommendation: {
    fosterCareSuitability: { model: 'Referral.suitability.foster', labels: 'suitability' },
    residentialCareSuitability: { model: 'Referral.suitability.residential', labels: 'suitability' },
    supportedAccommodationSuitability: {
      model: 'Referral.suitability.supportedAccommodation',
      labels: 'suitability',
    },
  },
  Risks: {
    riskSelfHarm: risk('self-harm'),
    riskSexualExploitation: risk('sexual-exploitation'),
    riskCriminalExploitation: risk('criminal-exploitation'),
    riskDrugAlcohol: risk('drug-alcohol'),
    riskEatingDisorder: risk('eating-disorder'),
    riskMissing: risk('going-missing'),
    riskOther: otherRisk,
    riskToOthersPhysical: risk('harm-to-others'),
    riskToOthersSexual: risk('sexual-harm'),
    riskToOthersFire: risk('fire-setting'),
    riskToOthersAnimals: risk('harm-to-animals'),
    riskToOthersCriminal: risk('criminal-exploitation-of-others'),
    riskToOthersOther: otherRisk,
  },
  ActualPlacement: {
    totalWeeklyCost: { model: 'the weekly cost in pence, written as whole pounds' },
    placementLocation: { model: 'Placement.placementPostcode, written as its postcode sector' },
    preferabilityLocation: { model: 'given when writing (the model does not record it)' },
    educationContinuity: { model: 'given when writing (the model does not record it)' },
    providerURN: { model: 'Placement.urn, or the URN given when writing' },
    siblingsPlacedTogether: { model: 'given when writing (the model does not record it)' },
    placementType: {
      model:
        'Placement.category (fostering → Foster, homes and schools → Residential, supported or independent living → Supported Accommodation)',
      labels: 'placementType',
    },
  },
  QualityAssurance: {
    referralOfficerName: {
      model: 'QualityAssurance record given when writing (names are not kept in the model)',
    },
    referralDate: { model: 'PdsReferral.referralDate when reading; QualityAssurance record when writing' },
    placementOfficerName: {
      model: 'QualityAssurance record given when writing (names are not kept in the model)',
    },
    placementDate: { model: 'QualityAssurance record given when writing; Placement.start is the same date' },
    costOfficerName: {
      model: 'QualityAssurance record given when writing (names are not kept in the model)',
    },
    costDate: { model: 'QualityAssurance record given when writing' },
  },
};

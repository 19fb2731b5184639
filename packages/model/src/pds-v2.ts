import * as z from 'zod';
import { GssCode } from './authority.js';
import { Sex } from './child.js';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';
import { labelsOf, type PDS_V2_LABELS } from './pds-v2-labels.js';

const label = <K extends keyof typeof PDS_V2_LABELS>(key: K) => {
  const labels = labelsOf(key);
  return z.enum(labels, { error: () => `unknown label; the standard's labels are ${labels.join(' | ')}` });
};
const risk = label('risk');
const count = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

/**
 * PDS v2 PlacementAvailability, field names and labels as the standard writes them.
 *
 * @example
 * PdsPlacementAvailability.parse({ childId: 1001, neededBy: 'Today', siblingCount: 1 });
 */
export const PdsPlacementAvailability = strictObject({
  childId: count,
  neededBy: label('neededBy').optional(),
  siblingCount: z.number().int().min(0).max(19).optional(),
  preferredLocation: z.string().max(200).optional(),
});
/** @see {@link PdsPlacementAvailability} */
export type PdsPlacementAvailability = z.infer<typeof PdsPlacementAvailability>;

/**
 * PDS v2 PlacementRequirements.
 *
 * @example
 * PdsPlacementRequirements.parse({ communicationNeeds: 'N', specificCommunicationRequirements: ['None'], homeAdaptation: false, culturalNeeds: 'Not Known', livingCompanions: 'No preference', pets: 'Not Known' });
 */
export const PdsPlacementRequirements = strictObject({
  communicationNeeds: label('communicationNeeds'),
  specificCommunicationRequirements: z.array(label('specificCommunicationRequirements')).min(1).max(5),
  homeAdaptation: z.boolean(),
  culturalNeeds: label('culturalNeeds'),
  livingCompanions: label('livingCompanions'),
  pets: label('pets'),
  additionalSupport: label('additionalSupport').optional(),
  deprivationOfLiberty: z.boolean().optional(),
});
/** @see {@link PdsPlacementRequirements} */
export type PdsPlacementRequirements = z.infer<typeof PdsPlacementRequirements>;

/**
 * PDS v2 PlacementRecommendation: suitability of each placement type.
 *
 * @example
 * PdsPlacementRecommendation.parse({ fosterCareSuitability: 'Preferred', residentialCareSuitability: 'Unsuitable', supportedAccommodationSuitability: 'Not specified' });
 */
export const PdsPlacementRecommendation = strictObject({
  fosterCareSuitability: label('suitability'),
  residentialCareSuitability: label('suitability'),
  supportedAccommodationSuitability: label('suitability'),
});
/** @see {@link PdsPlacementRecommendation} */
export type PdsPlacementRecommendation = z.infer<typeof PdsPlacementRecommendation>;

/**
 * PDS v2 Risks: to the child, then to others or property; free-text "other" risks.
 *
 * @example
 * PdsRisks.parse({ riskSelfHarm: 'No known risk', riskSexualExploitation: 'Risk Present', riskCriminalExploitation: 'No known risk', riskDrugAlcohol: 'No known risk', riskEatingDisorder: 'No known risk', riskMissing: 'Risk Present', riskToOthersPhysical: 'No known risk', riskToOthersSexual: 'No known risk', riskToOthersFire: 'No known risk', riskToOthersAnimals: 'No known risk', riskToOthersCriminal: 'No known risk' });
 */
export const PdsRisks = strictObject({
  riskSelfHarm: risk,
  riskSexualExploitation: risk,
  riskCriminalExploitation: risk,
  riskDrugAlcohol: risk,
  riskEatingDisorder: risk,
  riskMissing: risk,
  riskOther: z.string().max(2000).optional(),
  riskToOthersPhysical: risk,
  riskToOthersSexual: risk,
  riskToOthersFire: risk,
  riskToOthersAnimals: risk,
  riskToOthersCriminal: risk,
  riskToOthersOther: z.string().max(2000).optional(),
});
/** @see {@link PdsRisks} */
export type PdsRisks = z.infer<typeof PdsRisks>;

/**
 * PDS v2 ActualPlacement: the placement made. `totalWeeklyCost` is whole pounds.
 *
 * @example
 * PdsActualPlacement.parse({ totalWeeklyCost: 5200, placementLocation: 'LS8 2', preferabilityLocation: true, educationContinuity: true, providerURN: 'SC000001', siblingsPlacedTogether: 0, placementType: 'Residential' });
 */
export const PdsActualPlacement = strictObject({
  totalWeeklyCost: count,
  placementLocation: z.string().max(200),
  preferabilityLocation: z.boolean(),
  educationContinuity: z.boolean(),
  providerURN: z.string().max(20),
  siblingsPlacedTogether: z.number().int().min(0).max(19),
  placementType: label('placementType'),
});
/** @see {@link PdsActualPlacement} */
export type PdsActualPlacement = z.infer<typeof PdsActualPlacement>;

/**
 * PDS v2 QualityAssurance: who entered the referral, placement and cost, and when.
 *
 * @example
 * PdsQualityAssurance.parse({ referralDate: '2025-01-06', placementOfficerName: 'A Officer', placementDate: '2025-01-10', costDate: '2025-01-10' });
 */
export const PdsQualityAssurance = strictObject({
  referralOfficerName: z.string().max(200).optional(),
  referralDate: IsoDate,
  placementOfficerName: z.string().max(200),
  placementDate: IsoDate,
  costOfficerName: z.string().max(200).optional(),
  costDate: IsoDate,
});
/** @see {@link PdsQualityAssurance} */
export type PdsQualityAssurance = z.infer<typeof PdsQualityAssurance>;

/**
 * A PDS v2 referral as Placewise accepts it: the standard's four referral entities, the child's details the
 * standard leaves to the case record (`child`), and the date the referral was made (the standard's
 * QualityAssurance `referralDate`), from which the date needed is worked out. Published as
 * `schema/PdsReferral.schema.json`.
 *
 * @example
 * const envelope: PdsReferral = { referralDate: '2025-01-06', child: { dateOfBirth: '2011-09-01', sex: 'female', homePostcode: 'LS6 1', responsibleAuthority: 'E08000035' }, PlacementAvailability, PlacementRequirements, PlacementRecommendation, Risks };
 */
export const PdsReferral = strictObject({
  referralDate: IsoDate,
  child: strictObject({
    dateOfBirth: IsoDate,
    sex: Sex,
    homePostcode: z.string().min(2).max(16),
    responsibleAuthority: GssCode,
  }),
  PlacementAvailability: PdsPlacementAvailability,
  PlacementRequirements: PdsPlacementRequirements,
  PlacementRecommendation: PdsPlacementRecommendation,
  Risks: PdsRisks,
});
/** @see {@link PdsReferral} */
export type PdsReferral = z.infer<typeof PdsReferral>;

/**
 * A Placewise placement written as the standard's ActualPlacement and QualityAssurance records.
 *
 * @example
 * PdsPlacementRecord.safeParse(JSON.parse(text)).success;
 */
export const PdsPlacementRecord = strictObject({
  ActualPlacement: PdsActualPlacement,
  QualityAssurance: PdsQualityAssurance,
});
/** @see {@link PdsPlacementRecord} */
export type PdsPlacementRecord = z.infer<typeof PdsPlacementRecord>;

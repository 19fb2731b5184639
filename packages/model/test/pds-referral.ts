/**
 * A PDS v2 referral as a council's placement-finding system would export it, labels exactly as the
 * standard writes them: shared by the model's tests of `readPdsReferral`.
 */
export const exported = {
  referralDate: '2025-01-06',
  child: {
    dateOfBirth: '2011-09-01',
    sex: 'female',
    homePostcode: 'LS6 1AA',
    responsibleAuthority: 'E08000035',
  },
  PlacementAvailability: {
    childId: 40213,
    neededBy: 'in less than 5 days',
    siblingCount: 1,
    preferredLocation: 'LS8 2',
  },
  PlacementRequirements: {
    communicationNeeds: 'Y',
    specificCommunicationRequirements: ['BSL', 'Makaton'],
    homeAdaptation: false,
    culturalNeeds: 'Required',
    livingCompanions: 'Only with other younger children',
    pets: 'Yes - must',
    additionalSupport: 'therapeutic support',
    deprivationOfLiberty: false,
  },
  PlacementRecommendation: {
    fosterCareSuitability: 'Preferred',
    residentialCareSuitability: 'Suitable but not preferred',
    supportedAccommodationSuitability: 'Unsuitable',
  },
  Risks: {
    riskSelfHarm: 'No known risk',
    riskSexualExploitation: 'Risk Present',
    riskCriminalExploitation: 'No known risk',
    riskDrugAlcohol: 'No known risk',
    riskEatingDisorder: 'No known risk',
    riskMissing: 'Risk Present',
    riskOther: '',
    riskToOthersPhysical: 'No known risk',
    riskToOthersSexual: 'No known risk',
    riskToOthersFire: 'Risk Present',
    riskToOthersAnimals: 'No known risk',
    riskToOthersCriminal: 'No known risk',
  },
};

// A Placements Data Standard v2 referral as a council's system exports it: the standard's entities and
// option labels, plus the child's details the standard leaves to the case record (synthetic child).
export const pdsReferral = {
  referralDate: '2025-01-06',
  child: {
    dateOfBirth: '2011-09-01',
    sex: 'female',
    homePostcode: 'LS6 1AA',
    responsibleAuthority: 'E08000035',
  },
  PlacementAvailability: { childId: 40213, neededBy: 'Today', siblingCount: 0 },
  PlacementRequirements: {
    communicationNeeds: 'N',
    specificCommunicationRequirements: ['None'],
    homeAdaptation: false,
    culturalNeeds: 'Not Known',
    livingCompanions: 'No preference',
    pets: 'Not Known',
  },
  PlacementRecommendation: {
    fosterCareSuitability: 'Not specified',
    residentialCareSuitability: 'Preferred',
    supportedAccommodationSuitability: 'Unsuitable',
  },
  Risks: Object.fromEntries(
    [
      'SelfHarm',
      'SexualExploitation',
      'CriminalExploitation',
      'DrugAlcohol',
      'EatingDisorder',
      'Missing',
      'ToOthersPhysical',
      'ToOthersSexual',
      'ToOthersFire',
      'ToOthersAnimals',
      'ToOthersCriminal',
    ].map((r) => [`risk${r}`, 'No known risk']),
  ),
};

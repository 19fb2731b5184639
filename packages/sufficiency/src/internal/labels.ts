import type { DfeGrouping } from '@placewise/model';
import type { DfeAgeBand } from '../indicators/age-band.js';
import type { DistanceLocalityBand } from '../indicators/distance-locality.js';
import type { RuleSeverity } from '../rule.js';

/** DfE's own words for its placement groupings. */
export const GROUPING_LABELS: Record<DfeGrouping, string> = {
  'foster-relative-or-friend': 'Foster placement with a relative or friend',
  'foster-other-carer': 'Foster placement with another foster carer',
  'placed-for-adoption': 'Placed for adoption',
  'placed-with-parents': 'Placed with parents or other person with parental responsibility',
  'secure-and-childrens-homes': "Secure homes and children's homes",
  'independent-and-supported-living': 'Independent and semi-independent living / supported accommodation',
  'residential-schools': 'Residential schools',
  'other-residential-settings': 'Other residential settings',
  'other-placements': 'Other placements',
};

export const AGE_BAND_LABELS: Record<DfeAgeBand, string> = {
  'under-1': 'Under 1',
  '1-4': '1 to 4',
  '5-9': '5 to 9',
  '10-15': '10 to 15',
  '16-over': '16 and over',
};

export const BAND_LABELS: Record<DistanceLocalityBand, string> = {
  inside20OrLess: 'Inside the authority, 20 miles or less',
  insideOver20: 'Inside the authority, over 20 miles',
  outside20OrLess: 'Outside the authority, 20 miles or less',
  outsideOver20: 'Outside the authority, over 20 miles',
  notKnown: 'Distance not known or not recorded',
};

export const SEVERITY_LABELS: Record<RuleSeverity, string> = {
  breach: 'Breach',
  'needs-approval': 'Needs approval',
  flag: 'For review',
};
